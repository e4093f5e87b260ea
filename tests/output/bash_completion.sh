#!/usr/bin/env bash
# The generated bash completion completes what a user expects: commands first, then the command's
# options, whatever global options (and their values) come before it.
#   bash_completion.sh BUILD_DIR
set -uo pipefail
script=$1/councilgraph.bash
[ -r "$script" ] || { echo "FAIL: $script was not generated"; exit 1; }
# shellcheck source=/dev/null
source "$script"
fail=0
# complete WORD... : completes the last word of `councilgraph WORD...`, prints the candidates
complete_line() {
    COMP_WORDS=(councilgraph "$@"); COMP_CWORD=$(($# ))
    COMPREPLY=(); _councilgraph
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect "what" "candidate that must be there" "candidate that must not" -- WORD...
    local what=$1 want=$2 not=$3; shift 4
    local got; got=$(complete_line "$@")
    if [ -n "$want" ] && ! grep -qx -- "$want" <<<"$got"; then echo "FAIL: $what: no '$want' in: $(tr '\n' ' ' <<<"$got")"; fail=1; fi
    if [ -n "$not" ] && grep -qx -- "$not" <<<"$got"; then echo "FAIL: $what: '$not' offered: $(tr '\n' ' ' <<<"$got")"; fail=1; fi
}
expect "a command"                        pens       ""         -- pe
expect "the command's options"            --holder   ""         -- pens --h
expect "after --data VALUE, the command"  pens       ""         -- --data data pe
expect "after --data VALUE, its options"  --holder   --term     -- --data data pens --
expect "after --data=VALUE, its options"  --holder   --term     -- --data = data pens --
expect "after --lang fr, the command"     render     ""         -- --lang fr ren
expect "after a flag, the command"        vetoes     ""         -- --wide vet
expect "render's own options"             --by-dossier --holder -- render --by
# a word after an option that takes a value is a value (a file name, completed by bash): no options
got=$(complete_line --data "")
[ -z "$got" ] || { echo "FAIL: the value of --data is offered commands: $(tr '\n' ' ' <<<"$got")"; fail=1; }
got=$(complete_line render -o "")
[ -z "$got" ] || { echo "FAIL: the value of render -o is offered options: $(tr '\n' ' ' <<<"$got")"; fail=1; }
[ $fail = 0 ] && echo "bash completion: ok"
exit $fail
