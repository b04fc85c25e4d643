"""Shell completion: a bash, zsh or fish script written from the command line's parser.

The script is static (it lists the commands, options and choices as they are in this
version), so pressing Tab starts no Python; print it again after an upgrade. zsh reuses
the bash function through zsh's own `bashcompinit`.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

SHELLS = ("bash", "zsh", "fish")


@dataclass(frozen=True)
class _Option:
    flags: tuple[str, ...]
    help: str
    takes_value: bool
    choices: tuple[str, ...]


@dataclass(frozen=True)
class _Command:
    name: str
    help: str
    options: tuple[_Option, ...]
    words: tuple[str, ...]  # what its positional arguments can be; empty: file names


def script(parser: argparse.ArgumentParser, shell: str, words: Mapping[str, Sequence[str]]) -> str:
    """The completion script for `shell`; `words` lists an argument's values by its dest,
    for arguments whose values are not files and have no `choices`."""
    name = parser.prog
    commands = _commands(parser, words)
    if shell == "fish":
        return _fish(name, commands)
    bash = _bash(name, commands)
    if shell == "zsh":
        return "autoload -U +X bashcompinit && bashcompinit\n" + bash
    return bash


def _commands(
    parser: argparse.ArgumentParser, words: Mapping[str, Sequence[str]]
) -> list[_Command]:
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help or "" for a in subparsers._choices_actions}
    commands = []
    for command, sub in subparsers.choices.items():
        options, values = [], []
        for action in sub._actions:
            if action.option_strings:
                options.append(
                    _Option(
                        tuple(action.option_strings),
                        action.help or "",
                        action.nargs != 0,
                        tuple(str(c) for c in action.choices or words.get(action.dest, ())),
                    )
                )
            else:
                values += [str(c) for c in action.choices or words.get(action.dest, ())]
        commands.append(_Command(command, helps.get(command, ""), tuple(options), tuple(values)))
    return commands


def _bash(name: str, commands: Sequence[_Command]) -> str:
    function = f"_{name.replace('-', '_')}_complete"
    top = " ".join([c.name for c in commands] + ["--help", "--version"])
    cases = []
    for command in commands:
        valued = [o for o in command.options if o.takes_value]
        prev_cases = "".join(
            f"                {'|'.join(o.flags)}) {_reply(o.choices)}; return;;\n" for o in valued
        )
        flags = " ".join(flag for o in command.options for flag in o.flags)
        cases.append(
            f"        {command.name})\n"
            f'            case "$prev" in\n{prev_cases}'
            f"            esac\n"
            f'            if [[ "$cur" == -* ]]; then\n'
            f"                {_reply(tuple(flags.split()))}\n"
            f"            else\n"
            f"                {_reply(command.words)}\n"
            f"            fi;;\n"
        )
    return (
        f'# {name} completion for bash: eval "$({name} completion bash)"\n'
        f"{function}() {{\n"
        f'    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"\n'
        f"    if [[ $COMP_CWORD -eq 1 ]]; then\n"
        f'        COMPREPLY=($(compgen -W {shlex.quote(top)} -- "$cur")); return\n'
        f"    fi\n"
        f'    case "${{COMP_WORDS[1]}}" in\n{"".join(cases)}'
        f"    esac\n"
        f"}}\n"
        f"complete -o filenames -o bashdefault -F {function} {name}\n"
    )


def _reply(words: Sequence[str]) -> str:
    """Set COMPREPLY to the words starting with $cur, or to file names when there are none."""
    if not words:
        return 'COMPREPLY=($(compgen -f -- "$cur"))'
    return f'COMPREPLY=($(compgen -W {shlex.quote(" ".join(words))} -- "$cur"))'


def _fish(name: str, commands: Sequence[_Command]) -> str:
    names = " ".join(c.name for c in commands)
    lines = [
        f"# {name} completion for fish: {name} completion fish | source",
        f"complete -c {name} -f",
    ]
    for command in commands:
        lines.append(
            f"complete -c {name} -n 'not __fish_seen_subcommand_from {names}'"
            f" -a {command.name} -d {_fish_quote(command.help)}"
        )
        seen = f"-n '__fish_seen_subcommand_from {command.name}'"
        if command.words:
            lines.append(f"complete -c {name} {seen} -a {shlex.quote(' '.join(command.words))}")
        else:
            lines.append(f"complete -c {name} {seen} -F")
        for option in command.options:
            flags = " ".join(
                f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}"
                for flag in option.flags
            )
            value = ""
            if option.choices:
                value = f" -x -a {shlex.quote(' '.join(option.choices))}"
            elif option.takes_value:
                value = " -r -F"
            lines.append(f"complete -c {name} {seen} {flags}{value} -d {_fish_quote(option.help)}")
    return "\n".join(lines) + "\n"


def _fish_quote(text: str) -> str:
    """A description as one fish word (fish reads single quotes as shells do)."""
    return shlex.quote(" ".join(text.split()) or " ")
