"""A generated, seeded set of real-format credentials and look-alike non-secrets for the secrets benchmark.

Positives have the exact shape of real provider keys with random bodies (no real key is ever used); negatives are
what a secrets scanner is known to trip on: placeholders, documented example keys, hashes, UUIDs, commit ids,
public keys, environment-variable references, base64 image data and ordinary prose about passwords.
Both the detector under test and this generator were written by the same people: treat the result as a
regression and comparison set, not as an independent benchmark.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid

__all__ = ["secret_cases"]

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def _s(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _jwt(rng: random.Random) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    payload = {"sub": str(rng.randrange(10**6)), "name": "svc", "iat": 1700000000 + rng.randrange(10**6)}
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(payload)}.{_s(rng, 43, ALNUM + '-_')}"


def _pem(rng: random.Random) -> str:
    body = "\n".join(_s(rng, 64, B64) for _ in range(6))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


def _positives(rng: random.Random) -> list[str]:
    pwd = _s(rng, 10) + rng.choice("!#%&*") + _s(rng, 5)
    return [
        f'aws_access_key_id = "AKIA{_s(rng, 16, string.ascii_uppercase + string.digits)}"',
        f"aws_secret_access_key = {_s(rng, 40, B64)}",
        f"export GITHUB_TOKEN=ghp_{_s(rng, 36)}",
        f"token: github_pat_{_s(rng, 22)}_{_s(rng, 59)}",
        f"git clone https://oauth2:glpat-{_s(rng, 20, ALNUM + '-_')}@gitlab.example.com/team/repo.git",
        f"SLACK_BOT_TOKEN=xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{_s(rng, 24)}",
        f"webhook: https://hooks.slack.com/services/T{_s(rng, 8, string.ascii_uppercase + string.digits)}/"
        f"B{_s(rng, 10, string.ascii_uppercase + string.digits)}/{_s(rng, 24)}",
        f"stripe.api_key = 'sk_live_{_s(rng, 24)}'",
        f"const key = 'AIza{_s(rng, 35, ALNUM + '-_')}';",
        f"OPENAI_API_KEY=sk-proj-{_s(rng, 48, ALNUM + '-_')}",
        f"Here is my key sk-ant-api03-{_s(rng, 80, ALNUM + '-_')} please debug",
        f"HF_TOKEN=hf_{_s(rng, 34)}",
        f"//registry.npmjs.org/:_authToken=npm_{_s(rng, 36)}",
        f"SENDGRID_API_KEY=SG.{_s(rng, 22, ALNUM + '-_')}.{_s(rng, 43, ALNUM + '-_')}",
        f"twilio api key SK{_s(rng, 32, '0123456789abcdef')}",
        f"Authorization: Bearer {_jwt(rng)}",
        _pem(rng),
        f"DATABASE_URL=postgres://app:{pwd}@db.internal:5432/orders",
        f"mongodb+srv://admin:{_s(rng, 14)}@cluster0.mongodb.net/prod",
        f"DefaultEndpointsProtocol=https;AccountName=store{rng.randrange(99)};"
        f"AccountKey={_s(rng, 86, B64)}==;EndpointSuffix=core.windows.net",
        f'"client_secret": "{_s(rng, 32)}"',
        f"password = '{pwd}'",
        f"Server=tcp:sql.example.com;Database=app;User Id=sa;Password={pwd};",
        f"curl -H 'Authorization: Bearer {_s(rng, 40, ALNUM + '-_')}' https://api.example.com/v1/items",
        f"redis://:{_s(rng, 20)}@cache.internal:6379/0",
    ]


def _negatives(rng: random.Random) -> list[str]:
    digest = hashlib.sha256(_s(rng, 12).encode()).hexdigest()
    return [
        f"request id {uuid.UUID(int=rng.getrandbits(128))}",
        f"fixed in commit {hashlib.sha1(_s(rng, 8).encode()).hexdigest()}",
        f"sha256: {digest}",
        f"order reference {hashlib.md5(_s(rng, 8).encode()).hexdigest()}",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
        "stripe.api_key = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'",
        "OPENAI_API_KEY=<your-api-key>",
        "api_key = os.environ['API_KEY']",
        "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}",
        "password: ********",
        "password = changeme",
        "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/orders",
        "DATABASE_URL=postgres://localhost:5432/orders",
        "-----BEGIN PUBLIC KEY-----",
        f"ssh-rsa AAAAB3NzaC1yc2E{_s(rng, 60, B64)} ops@bastion",
        f"<img src='data:image/png;base64,iVBORw0KGgo{_s(rng, 60, B64)}'>",
        "Please reset my password, I forgot it again.",
        "The secret to a good sourdough is patience.",
        "Set max_tokens = 4096 and temperature = 0.2",
        "token_count: 1532",
        "Use scikit-learn (sk-learn) for the baseline model.",
        f"build {rng.randrange(1000, 9999)} passed in {rng.randrange(10, 99)}s",
        f"The file name is report_{_s(rng, 8, string.ascii_lowercase)}_final_v2.pdf",
        "api_key: null",
        f"https://example.com/search?q={_s(rng, 10, string.ascii_lowercase)}&page=2",
    ]


def secret_cases(seed: int = 0, rounds: int = 8) -> list[tuple[str, int]]:
    """(text, 1 if it holds a secret else 0), ``rounds`` draws of every template, seeded."""
    rng = random.Random(seed)
    cases: list[tuple[str, int]] = []
    for _ in range(rounds):
        cases += [(t, 1) for t in _positives(rng)] + [(t, 0) for t in _negatives(rng)]
    return cases
