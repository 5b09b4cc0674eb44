# Finds a JDK of version 21 or newer and exports JAVA_HOME and PATH for it; sourced by the other scripts.
# Looks at $JAVA_HOME, the java on PATH, then the usual install folders; stops with a clear message if none fits.

LEDE_MIN_JAVA=21

_lede_java_version() {
  # Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing.
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  # A JDK's release file names its version: reading it is free, while asking the JVM took a third of a second per
  # JDK looked at, on every command.
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
    version=${version#1.}
    version=${version%%[!0-9]*}
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$version"
}

_lede_java_candidates() {
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME"
  if command -v java >/dev/null 2>&1; then
    local java_bin
    java_bin=$(readlink -f "$(command -v java)")
    dirname "$(dirname "$java_bin")"
  fi
  local dir
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /usr/java/* \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$dir" ] && echo "$dir"
  done
}

lede_find_java() {
  local home version best="" best_version=0
  while read -r home; do
    version=$(_lede_java_version "$home") || continue
    [ -n "$version" ] || continue
    # The first JDK that is new enough wins, so an explicit JAVA_HOME or PATH entry is respected.
    if [ "$version" -ge "$LEDE_MIN_JAVA" ]; then
      best=$home; best_version=$version; break
    fi
  done < <(_lede_java_candidates)
  if [ -z "$best" ]; then
    echo "lede: no JDK $LEDE_MIN_JAVA or newer found (looked at \$JAVA_HOME, the java on PATH and /usr/lib/jvm)." >&2
    echo "lede: install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  : "$best_version"
}

lede_require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "lede: Maven (mvn) is needed to build Lede; install it (e.g. 'apt-get install maven')." >&2
    return 1
  fi
}
