#!/usr/bin/env bash
# Builds RouterDC Workbench as a self-contained app image under target/dist/ (and, with --deb, a .deb package).
#   packaging/build.sh [--deb] [--skip-build]
# The jars carrying native code for every platform (ONNX Runtime, DJL tokenizers, DJL PyTorch JNI) are trimmed to
# this host's natives. Linux only: built and tested on Debian/Ubuntu x86_64 (see packaging/README.md).
# The .deb's postinst/prerm come from packaging/linux/ (a menu entry that cannot fail the install, a PATH link).
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
MAKE_DEB=false
SKIP_BUILD=false
for arg in "$@"; do
  case "$arg" in
    --deb) MAKE_DEB=true ;;
    --skip-build) SKIP_BUILD=true ;;
    *) echo "usage: packaging/build.sh [--deb] [--skip-build]" >&2; exit 2 ;;
  esac
done

APP_NAME="RouterDC Workbench"
# The first <version> in the pom is the project's own.
VERSION="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
MAIN_JAR="routerdc-workbench-${VERSION}.jar"
INPUT=target/jpackage-input
DIST=target/dist

# Host platform names as each native-carrying jar spells them.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  ORT_OS=linux-x64;     TOK_OS=linux-x86_64 ;;
  Linux-aarch64) ORT_OS=linux-aarch64; TOK_OS=linux-aarch64 ;;
  # macOS and Windows are not built: the pom pins Linux PyTorch natives and there are no .icns/.ico icons.
  *) echo "unsupported host $(uname -s)-$(uname -m): only Linux is built and tested; see packaging/README.md" >&2; exit 1 ;;
esac

if ! $SKIP_BUILD; then
  echo "== mvn package"
  mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
fi
[ -f "target/$MAIN_JAR" ] || { echo "target/$MAIN_JAR missing: run without --skip-build" >&2; exit 1; }

echo "== assembling $INPUT"
rm -rf "$INPUT" "$DIST"
mkdir -p "$INPUT/lib" "$DIST"
cp "target/$MAIN_JAR" "$INPUT/"
# Keeps only the host's entries under PREFIX/<platform>/ in a copy of JAR.
trim_natives() {
  local jar="$1" prefix="$2" keep="$3" out="$INPUT/lib/$(basename "$1")"
  cp "$jar" "$out"
  local others
  others="$(unzip -Z1 "$out" | grep "^${prefix}/[^/]*/" | cut -d/ -f1-$(( $(tr -cd / <<<"$prefix" | wc -c) + 2 )) \
            | sort -u | grep -v "^${prefix}/${keep}$" || true)"
  for dir in $others; do
    zip -q -d "$out" "${dir}/*" >/dev/null
  done
  echo "   trimmed $(basename "$jar"): $(du -h "$jar" | cut -f1) -> $(du -h "$out" | cut -f1)"
}
# JavaFX loads its natives from beside its jar when they are there; from inside the jar it copies each to
# ~/.openjfx/cache and checksums it on every start (about 0.2 s of the app's start on 2 cores).
unpack_javafx_natives() {
  local jar="$1" out="$INPUT/lib/$(basename "$1")"
  cp "$jar" "$out"
  if unzip -Z1 "$out" | grep '\.so$' >/dev/null; then  # not grep -q: under pipefail unzip would die of SIGPIPE
    unzip -q -o "$out" '*.so' -d "$INPUT/lib"
    zip -q -d "$out" '*.so' >/dev/null
    echo "   unpacked the natives of $(basename "$jar") beside it"
  fi
}
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    onnxruntime-*.jar) trim_natives "$jar" ai/onnxruntime/native "$ORT_OS" ;;
    tokenizers-*.jar)  trim_natives "$jar" native/lib "$TOK_OS" ;;
    pytorch-jni-*.jar) trim_natives "$jar" jnilib "$TOK_OS" ;;
    javafx-*-linux.jar) unpack_javafx_natives "$jar" ;;
    *) cp "$jar" "$INPUT/lib/" ;;
  esac
done

ICON=assets/icon-256.png
COMMON=(--name "$APP_NAME" --app-version "$VERSION" --vendor "RouterDC Workbench"
        --description "Train and inspect RouterDC LLM routers on your own score tables")

echo "== jpackage app-image"
# The main jar's manifest puts lib/*.jar on the class path; the launcher class does not extend Application.
jpackage --type app-image "${COMMON[@]}" \
  --input "$INPUT" --main-jar "$MAIN_JAR" --main-class org.routerdc.workbench.Launcher \
  --icon "$ICON" --dest "$DIST" \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --java-options "-Dai.djl.offline=true" \
  --java-options "-Dai.djl.pytorch.num_interop_threads=1" \
  --java-options "-Xmx4g"

# Start-up: an AOT cache (JDK 25, JEP 483/514) of the classes the app loads and links until its window is shown,
# recorded by starting the image once (headless, smoke mode), then used by every start of the launcher (app and CLI).
# The launcher's cfg gets the option only now: recording must run without it. A JVM that cannot use the cache (other
# GC flags given by the user, say) starts without it.
echo "== AOT cache (records one headless start of the app)"
IMAGE_APP_DIR="$DIST/$APP_NAME/lib/app"
AOT_CONFIG="$(mktemp -d)"
AOT_RUN=(-Drouterdc.smoke=true "-Drouterdc.config.dir=$AOT_CONFIG" -Dglass.platform=Headless -Dprism.order=sw)
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$AOT_CONFIG/app.aotconf ${AOT_RUN[*]}" \
  timeout 120 "$DIST/$APP_NAME/bin/$APP_NAME" >"$AOT_CONFIG/record.log" 2>&1 \
  || { echo "AOT recording failed:" >&2; tail -20 "$AOT_CONFIG/record.log" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$AOT_CONFIG/app.aotconf -XX:AOTCache=$AOT_CONFIG/routerdc.aot ${AOT_RUN[*]}" \
  timeout 120 "$DIST/$APP_NAME/bin/$APP_NAME" >"$AOT_CONFIG/create.log" 2>&1 \
  || { echo "AOT cache creation failed:" >&2; tail -20 "$AOT_CONFIG/create.log" >&2; exit 1; }
# (JAVA_TOOL_OPTIONS splits at spaces, and the image path has one: the cache is written outside it, then moved in.)
mv "$AOT_CONFIG/routerdc.aot" "$IMAGE_APP_DIR/routerdc.aot"
rm -rf "$AOT_CONFIG"
echo 'java-options=-XX:AOTCache=$APPDIR/routerdc.aot' >>"$IMAGE_APP_DIR/$APP_NAME.cfg"
echo "   $IMAGE_APP_DIR/routerdc.aot ($(du -h "$IMAGE_APP_DIR/routerdc.aot" | cut -f1))"
echo "   $DIST/$APP_NAME ($(du -sh "$DIST/$APP_NAME" | cut -f1))"

if $MAKE_DEB; then
  for tool in fakeroot dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
      echo "== installing $tool (needs apt)"; apt-get install -y fakeroot dpkg-dev >/dev/null
    fi
  done
  echo "== jpackage deb"
  jpackage --type deb --app-image "$DIST/$APP_NAME" "${COMMON[@]}" --dest "$DIST" \
    --linux-package-name routerdc-workbench --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group "Development;Science;" --linux-app-category devel \
    --icon "$ICON" --resource-dir packaging/linux
  ls -la "$DIST"/*.deb
fi
