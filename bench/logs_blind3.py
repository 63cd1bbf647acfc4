"""Third blind log set: 14 more systems that are not in Loghub (nor in the first two unseen sets), generated from
their real log statements, scored with bench/logs.py's own functions and logs_blind2's table.

Run: python bench/logs_blind3.py [--repeats N] [--systems a,b] [--lines N] [--worst N] [--no-drain3]

The set (docs/logs_blind3.md): HashiCorp Vault (hclog), Fluent Bit, Ceph cluster log, BIND 9 (named), Zabbix server,
ClickHouse server log, Grafana (logfmt), Keycloak (Quarkus, event logger), Traefik v2 (logrus text + CLF access log),
Squid cache.log, PHP-FPM (with PHP errors and a Monolog channel said into stderr), Tomcat catalina.out (JULI + an
app's Log4j lines), Rails production.log, a Node service logging pino JSON. 1,000-2,000 lines each, one label per
log statement (an access-log format is one statement), skewed frequencies, realistic parameters. Deterministic:
seeded by system name (SHA-256), the same under any PYTHONHASHSEED.

1. Grouping accuracy (``logs.grouping_accuracy``, Loghub's definition) per system and mean, for the ``parse_logs``
   miner on the raw lines (``logs.ours_raw``, with logs_blind2's ``line_no`` matching when records are joined or
   skipped) and on the content column (``logs.ours_content``), and Drain3's default configuration on the content
   column and on the raw lines. Content is the message without its header (time, level, thread, logger, pid,
   request tag); for JSON and logfmt lines it is the message followed by the other fields as ``key=value``; for an
   access-log line it is the whole line.
2. Throughput on all lines, lines per CPU second (median of --repeats), as logs_blind2 prints it: the tool, the
   library call, the miner alone and Drain3 on content, and Drain3 on raw lines.
"""

from __future__ import annotations

from collections.abc import Callable

from logs import System
from logs_blind2 import run
from logs_blind3_apps import make_pino, make_rails, make_tomcat
from logs_blind3_data import make_clickhouse, make_grafana, make_keycloak
from logs_blind3_infra import make_bind, make_ceph, make_fluentbit, make_vault, make_zabbix
from logs_blind3_kit import Line
from logs_blind3_web import make_phpfpm, make_squid, make_traefik

__all__ = ["SYSTEMS", "blind3_lines", "blind3_systems"]

# name -> (generator, lines); sizes fixed once, between 1,000 and 2,000
SYSTEMS: dict[str, tuple[Callable[[int], list[Line]], int]] = {
    "vault": (make_vault, 1300), "fluentbit": (make_fluentbit, 1700), "ceph": (make_ceph, 1900),
    "bind": (make_bind, 2000), "zabbix": (make_zabbix, 1100), "clickhouse": (make_clickhouse, 1800),
    "grafana": (make_grafana, 1500), "keycloak": (make_keycloak, 1400), "traefik": (make_traefik, 1900),
    "squid": (make_squid, 1000), "phpfpm": (make_phpfpm, 1600), "tomcat": (make_tomcat, 1250),
    "rails": (make_rails, 1750), "pino": (make_pino, 1450),
}  # fmt: skip


def blind3_lines(name: str, limit: int | None = None) -> list[Line]:
    maker, size = SYSTEMS[name]
    lines = maker(size)
    return lines[:limit] if limit else lines


def blind3_systems(names: list[str] | None = None, limit: int | None = None) -> list[System]:
    out = []
    for name in names or list(SYSTEMS):
        lines = blind3_lines(name, limit)
        raw = "".join(line.raw + "\n" for line in lines)
        out.append(System(name, raw, [line.content for line in lines], [line.label for line in lines], None))
    return out


def main(argv: list[str] | None = None) -> int:
    return run(argv, "logs blind3", __doc__, list(SYSTEMS), blind3_systems)


if __name__ == "__main__":
    raise SystemExit(main())
