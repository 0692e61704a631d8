"""``python -m bakaya``: the command line (how ``bakaya serve`` starts its worker)."""

from bakaya.cli import main

main()
