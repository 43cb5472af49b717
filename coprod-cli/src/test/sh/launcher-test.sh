#!/bin/sh
# Tests the launcher script `coprod` at the project's root against the built jar: it runs `check`,
# passes arguments, standard input and output and exit codes through, and writes the same bytes as
# `java -jar`, with an archive for its Java and without one. Usage: launcher-test.sh ROOT JAVA
set -u
root=$1
java=$2
launcher=$root/coprod
jar=$root/coprod-cli/target/coprod.jar
scenario=$root/coprod-examples/scenarios/crisis-line.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/coprod-launcher-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "launcher test FAILED: $*" >&2
  failures=$((failures + 1))
}

# expect CODE NAME ARGS...: the launcher and `java -jar` exit with CODE and print the same bytes
expect() {
  code=$1
  name=$2
  shift 2
  "$launcher" "$@" >"$work/$name.out" 2>"$work/$name.err"
  got=$?
  [ "$got" = "$code" ] || fail "$name: exit $got, expected $code"
  "$java" -jar "$jar" "$@" >"$work/$name.plain.out" 2>"$work/$name.plain.err"
  cmp -s "$work/$name.out" "$work/$name.plain.out" || fail "$name: standard output differs from java -jar"
  cmp -s "$work/$name.err" "$work/$name.plain.err" || fail "$name: standard error differs from java -jar"
}

expect 1 check-crisis-line check "$scenario"
expect 1 check-json check --format json "$scenario"
expect 0 rules rules
expect 2 check-missing-file check "$work/no-such-file.yaml"
expect 2 unknown-option check --no-such-option "$scenario"
expect 0 explain explain credit-one-sided

# --version says which Java ran: the launcher's may be newer than the one on the PATH
"$launcher" --version >"$work/version.out" 2>&1 || fail "--version: exit code not 0"
"$java" -jar "$jar" --version >"$work/version.plain.out" 2>&1
[ "$(head -n 2 "$work/version.out")" = "$(head -n 2 "$work/version.plain.out")" ] ||
  fail "--version: another coprod or rulebook"
grep -q '^Java [0-9]' "$work/version.out" || fail "--version: does not say which Java"

# an argument with a space in it reaches the command whole
mkdir -p "$work/a folder"
cp "$scenario" "$work/a folder/crisis line.yaml"
"$launcher" check --output "$work/a folder/report one.md" --format markdown "$work/a folder/crisis line.yaml" 2>/dev/null
[ $? = 1 ] || fail "a path with spaces: wrong exit code"
[ -s "$work/a folder/report one.md" ] || fail "a path with spaces: no report written"

# standard input reaches the command
"$launcher" check - <"$scenario" >"$work/stdin.out" 2>/dev/null
[ $? = 1 ] || fail "standard input: wrong exit code"
cmp -s "$work/stdin.out" "$work/check-crisis-line.out" || fail "standard input: another report"

# without an archive, through a symbolic link, with a Java named by COPROD_JAVA
ln -s "$launcher" "$work/coprod-link"
COPROD_JAVA=$java COPROD_NO_ARCHIVE=1 "$work/coprod-link" check "$scenario" >"$work/link.out" 2>"$work/link.err"
[ $? = 1 ] || fail "through a link without an archive: wrong exit code"
cmp -s "$work/link.out" "$work/check-crisis-line.out" || fail "through a link: another report"
[ -s "$work/link.err" ] && fail "through a link: the JVM wrote to standard error: $(head -c 300 "$work/link.err")"

# a jar that is not there: a plain message and exit 2
COPROD_JAR=$work/missing.jar "$launcher" --version >/dev/null 2>"$work/nojar.err"
[ $? = 2 ] || fail "a missing jar: wrong exit code"
grep -q "mvn -B -q package" "$work/nojar.err" || fail "a missing jar: no hint to build it"

if [ "$failures" -gt 0 ]; then
  exit 1
fi
echo "launcher tests passed"
