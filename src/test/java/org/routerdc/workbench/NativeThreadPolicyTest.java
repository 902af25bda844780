package org.routerdc.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy reaches the C environment (what OpenMP reads) in a JVM started without it, and a user's value wins. */
class NativeThreadPolicyTest {
    @Test
    void setsPassiveWhenTheVariableIsMissing() throws Exception {
        assertEquals("before=<unset> after=PASSIVE", probe(null));
    }

    @Test
    void keepsTheUsersValue() throws Exception {
        assertEquals("before=ACTIVE after=ACTIVE", probe("ACTIVE"));
    }

    /** Runs {@link Probe} in a fresh JVM with OMP_WAIT_POLICY unset or set to {@code value}. */
    private static String probe(String value) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Probe.class.getName())).redirectErrorStream(true);
        builder.environment().remove(NativeThreadPolicy.VARIABLE);
        if (value != null) {
            builder.environment().put(NativeThreadPolicy.VARIABLE, value);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    static final class Probe {
        public static void main(String[] args) {
            String before = NativeThreadPolicy.nativeValue().orElse("<unset>");
            NativeThreadPolicy.apply();
            System.out.println("before=" + before + " after=" + NativeThreadPolicy.nativeValue().orElse("<unset>"));
        }
    }
}
