# shellcheck shell=bash
# Which class-data archive a Lede command reads (sourced by bin/lede). An archive holds only the classes of the run
# that wrote it, so help and version, the server (Jetty, Javalin, the web layer) and the other commands keep one each.

# lede_archive_file ARG...: the archive's file name for the command line ARG...: lede-help.jsa for help, version or no
# command, lede-serve.jsa for serve and demo, lede.jsa for the rest. The command is the first word that is not an
# option or the value of --log-level, the one option every command takes before its name.
lede_archive_file() {
  local arg command="" skip_value=""
  [ $# -eq 0 ] && { echo lede-help.jsa; return; }
  for arg in "$@"; do
    case "$arg" in -h|--help|-V|--version) echo lede-help.jsa; return ;; esac
  done
  for arg in "$@"; do
    if [ -n "$skip_value" ]; then
      skip_value=""
      continue
    fi
    case "$arg" in
      --log-level) skip_value=1 ;;
      -*) ;;
      *) command=$arg; break ;;
    esac
  done
  case "$command" in
    serve|demo) echo lede-serve.jsa ;;
    *) echo lede.jsa ;;
  esac
}

# lede_rehearses BUILT ARCHIVE JAR MARKER: whether bin/lede rehearses a server's start before the command, so that the
# server's archive (lede-serve.jsa) is there before the first real server needs it. After a build it always does; before
# a server it does when that archive is missing or older than the jar (a jar another tool built, such as bin/test's
# `mvn verify`) and no rehearsal was tried for this jar yet (MARKER, touched by each one), so that a JVM that cannot
# write the archive does not pay a rehearsal on every start.
lede_rehearses() {
  local built=$1 archive=$2 jar=$3 marker=$4
  [ -n "$built" ] && return 0
  [ "$(basename "$archive")" = lede-serve.jsa ] || return 1
  { [ ! -f "$archive" ] || [ "$archive" -ot "$jar" ]; } && { [ ! -f "$marker" ] || [ "$marker" -ot "$jar" ]; }
}
