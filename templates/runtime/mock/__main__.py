"""python -m PACKAGE.mock --host 127.0.0.1 --port 8000 [--ak AK --sk SK] [--token T] [--db PATH]
[--faults 429:0.1,503:0.05,latency=200ms] [--seed N]"""

from __future__ import annotations

import argparse
import os
from typing import Sequence

from .. import _settings
from .._cli import MOCK_MODULES, require_extra


def main(argv: Sequence[str] | None = None) -> None:
    require_extra("mock", "the mock server", MOCK_MODULES)
    from . import DEMO_AK, DEMO_SK, listen, serve
    from ._faults import FAULT_HEADER, parse

    env = _settings.ENVIRONMENT
    parser = argparse.ArgumentParser(
        prog=f"python -m {__package__}",
        description=f"Stateful mock of the {_settings.API_TITLE}, built from its spec.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--ak",
        default=os.environ.get(env["ak"]) or DEMO_AK,
        help=f"access key accepted in signatures (default ${env['ak']}, else {DEMO_AK})",
    )
    parser.add_argument(
        "--sk",
        default=os.environ.get(env["sk"]) or DEMO_SK,
        help=f"secret key of --ak (default ${env['sk']}, else the demo key)",
    )
    parser.add_argument(
        "--token", default=None, help="the only X-Auth-Token accepted (default: any)"
    )
    parser.add_argument(
        "--db", default=None, help="SQLite file keeping state across restarts (default: memory)"
    )
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="speed of status lifecycles: 10 runs them ten times faster",
    )
    parser.add_argument(
        "--faults",
        default=None,
        help="inject faults into every request, such as 429:0.1,503:0.05,latency=200ms "
        f"(one request: the {FAULT_HEADER} header, such as '{FAULT_HEADER}: 503')",
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the fault draws, for repeatable runs"
    )
    args = parser.parse_args(argv)
    try:
        faults = parse(args.faults or "")
    except ValueError as error:
        parser.error(f"--faults: {error}")
    try:
        sock = listen(args.host, args.port)
    except OSError as error:  # in use, or not an address of this machine: say so, no banner
        parser.exit(
            2, f"{parser.prog}: cannot listen on {args.host}:{args.port}: {error.strerror}\n"
        )
    # The demo pair is public, so the banner shows it whole; a configured secret key it does not.
    demo = (args.ak, args.sk) == (DEMO_AK, DEMO_SK)
    keys = f"demo key pair {DEMO_AK} / {DEMO_SK}" if demo else f"access key {args.ak}"
    print(f"mock {_settings.API_TITLE} on http://{args.host}:{args.port} ({keys})", flush=True)
    serve(
        args.host,
        args.port,
        ak=args.ak,
        sk=args.sk,
        token=args.token,
        db=args.db,
        time_scale=args.time_scale,
        faults=faults,
        seed=args.seed,
        sock=sock,
    )


if __name__ == "__main__":
    main()
