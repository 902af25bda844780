package org.routerdc.workbench;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Makes OpenMP (PyTorch's CPU threads) wait passively instead of spinning, which is ten times slower on small shared
 * machines. OpenMP reads {@code OMP_WAIT_POLICY} from the C environment when its library loads, and a jpackage
 * launcher cannot set environment variables, so this puts it into this process's own environment through libc's
 * {@code setenv} before any native engine is loaded. A value the user set is kept.
 */
public final class NativeThreadPolicy {
    public static final String VARIABLE = "OMP_WAIT_POLICY";
    public static final String PASSIVE = "PASSIVE";

    private NativeThreadPolicy() {
    }

    /** Sets OMP_WAIT_POLICY=PASSIVE unless it is set; returns the value now in effect, or empty if it could not be set. */
    public static Optional<String> apply() {
        String current = System.getenv(VARIABLE);
        if (current != null && !current.isBlank()) {
            return Optional.of(current);
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> setenv = linker.defaultLookup().find("setenv");
            if (setenv.isEmpty()) {
                return Optional.empty(); // Windows has no setenv; the variable must come from outside there
            }
            MethodHandle call = linker.downcallHandle(setenv.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            try (Arena arena = Arena.ofConfined()) {
                int result = (int) call.invokeExact(arena.allocateFrom(VARIABLE), arena.allocateFrom(PASSIVE), 0);
                return result == 0 ? Optional.of(PASSIVE) : Optional.empty();
            }
        } catch (Throwable e) {
            // No native access (e.g. --enable-native-access missing): run on, merely slower on small machines.
            return Optional.empty();
        }
    }

    /** The value C code sees now (System.getenv is a snapshot taken at JVM start, so it cannot tell). */
    static Optional<String> nativeValue() {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle getenv = linker.downcallHandle(linker.defaultLookup().find("getenv").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom(VARIABLE));
                return value.equals(MemorySegment.NULL) ? Optional.empty()
                        : Optional.of(value.reinterpret(Long.MAX_VALUE).getString(0));
            }
        } catch (Throwable e) {
            return Optional.empty();
        }
    }
}
