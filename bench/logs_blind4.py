"""Fourth blind log set: 14 more systems that are not in Loghub (nor in the three earlier unseen sets), generated
from their real log statements, scored with bench/logs.py's own functions and logs_blind2's table.

Run: python bench/logs_blind4.py [--repeats N] [--systems a,b] [--lines N] [--worst N] [--no-drain3]

The set (docs/logs_blind4.md): istiod (tab-separated zap console), the Cilium agent (``kubectl logs --timestamps``
over logrus text), a Nomad agent (hclog), Loki (go-kit logfmt, one statement without ``msg``), Flink (log4j2 with a
padded logger), Trino server.log (tab-separated), Argo CD (logrus text with ``time=``), GitLab Runner (journald
short format, padded message then fields), Cisco IOS switches through a syslog collector, Dovecot and OpenLDAP
slapd (RFC 3164 syslog), Falco (text alerts), Caddy (JSON, access log and errors) and nextcloud.log (JSON).
1,000-2,000 lines each, one label per log statement (an access-log format is one statement, a Falco rule is one
statement, an IOS message is its mnemonic), skewed frequencies, realistic parameters. Deterministic: seeded by
system name (SHA-256), the same under any PYTHONHASHSEED.

1. Grouping accuracy (``logs.grouping_accuracy``, Loghub's definition) per system and mean, for the ``parse_logs``
   miner on the raw lines (``logs.ours_raw``, with logs_blind2's ``line_no`` matching when records are joined or
   skipped) and on the content column (``logs.ours_content``), and Drain3's default configuration on the content
   column and on the raw lines. Content is the message without its header (time, level, thread, logger, pid,
   IOS mnemonic, logfmt ``caller``/``subsys``); for JSON and logfmt lines it is the message followed by the other
   fields as ``key=value`` (nested values as compact JSON).
2. Throughput on all lines, lines per CPU second (median of --repeats), as logs_blind2 prints it: the tool, the
   library call, the miner alone and Drain3 on content, and Drain3 on raw lines.
"""

from __future__ import annotations

from collections.abc import Callable

from logs import System
from logs_blind2 import run
from logs_blind4_data import make_argocd, make_flink, make_gitlab_runner, make_trino
from logs_blind4_kit import Line
from logs_blind4_mesh import make_cilium, make_istiod, make_loki, make_nomad
from logs_blind4_net import make_cisco_ios, make_dovecot, make_falco, make_slapd
from logs_blind4_web import make_caddy, make_nextcloud

__all__ = ["SYSTEMS", "blind4_lines", "blind4_systems"]

# name -> (generator, lines); sizes fixed once, between 1,000 and 2,000
SYSTEMS: dict[str, tuple[Callable[[int], list[Line]], int]] = {
    "istiod": (make_istiod, 1700), "cilium": (make_cilium, 1500), "nomad": (make_nomad, 1600),
    "loki": (make_loki, 1350), "flink": (make_flink, 1900), "trino": (make_trino, 1100),
    "argocd": (make_argocd, 1800), "gitlab_runner": (make_gitlab_runner, 1250), "cisco_ios": (make_cisco_ios, 1450),
    "dovecot": (make_dovecot, 1650), "slapd": (make_slapd, 2000), "falco": (make_falco, 1050),
    "caddy": (make_caddy, 1400), "nextcloud": (make_nextcloud, 1200),
}  # fmt: skip


def blind4_lines(name: str, limit: int | None = None) -> list[Line]:
    maker, size = SYSTEMS[name]
    lines = maker(size)
    return lines[:limit] if limit else lines


def blind4_systems(names: list[str] | None = None, limit: int | None = None) -> list[System]:
    out = []
    for name in names or list(SYSTEMS):
        lines = blind4_lines(name, limit)
        raw = "".join(line.raw + "\n" for line in lines)
        out.append(System(name, raw, [line.content for line in lines], [line.label for line in lines], None))
    return out


def main(argv: list[str] | None = None) -> int:
    return run(argv, "logs blind4", __doc__, list(SYSTEMS), blind4_systems)


if __name__ == "__main__":
    raise SystemExit(main())
