#!/usr/bin/env zsh
# The generated zsh completion (build/_councilgraph) completes in a real interactive zsh, driven
# through a pseudo-terminal (zpty): a command, a command's option, and a command after a global
# option's value. Usage: zsh -f zsh_completion.zsh BUILD_DIR (holding councilgraph and _councilgraph).
emulate -L zsh
setopt extended_glob
build=$1
if [[ ! -f $build/_councilgraph ]]; then print "FAIL: $build/_councilgraph was not generated"; exit 1; fi
# zsh runs the program by the name the completion is for.
bin=$(mktemp -d); trap 'rm -rf $bin' EXIT
ln -s $build/councilgraph $bin/councilgraph
zmodload zsh/zpty || exit 77
failures=0
complete() {  # complete WORDS EXPECTED: the command line after one TAB must end in EXPECTED
    zpty z env PATH=$bin:$PATH zsh -f -i
    zpty -w z "PS1='>'; fpath=($build \$fpath); autoload -Uz compinit; compinit -u; print READY"
    zpty -r z line '*READY*'; zpty -r z line '*READY*'
    zpty -w -n z "councilgraph $1"$'\t'
    local out= chunk
    sleep 1
    while zpty -r -t z chunk; do out+=$chunk; done
    zpty -d z
    # The line as zle last drew it: escape sequences out, what follows the last backspace.
    out=${out//$'\e'\[[0-9;?]#[a-zA-Z]/}
    out=${${out##*$'\b'}%%[[:space:]]#}
    if [[ $out == *"$2" ]]; then print "ok: '$1' -> '$out'"
    else print "FAIL: '$1' completed to '$out', expected it to end in '$2'"; failures=$((failures + 1)); fi
}
complete "vet" "councilgraph vetoes"
complete "vetoes --b" "vetoes --by="
complete "--format json pen" "--format json pens"
complete "sources --for" "sources --format="
exit $(( failures > 0 ))
