# Sourced by the bench scripts that build the CLI: BUILD=jit (the default) builds it as plain IL compiled by the JIT as it
# runs, like for like with older commits and with the figures in docs/performance.md before the ReadyToRun Release build;
# BUILD=r2r builds it as the README's command runs it (a Release build is ReadyToRun code unless -p:TesseraReadyToRun=false).
# Sets the array cli_build_flags, to add to `dotnet build -c Release src/Tessera.Cli`.
case "${BUILD:-jit}" in
  jit) cli_build_flags=(-p:TesseraReadyToRun=false) ;;
  r2r) cli_build_flags=() ;;
  *) echo "$(basename "$0"): BUILD must be jit or r2r, not '${BUILD}'" >&2; exit 2 ;;
esac
