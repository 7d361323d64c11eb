"""Generate varied, seeded news-style text for the extraction benchmark and the streaming test.

A small template grammar: economies with their currency, central bank and plausible ranges;
claim sentences (exchange rates, inflation, GDP, policy rates, forecasts), distractor sentences
(people, years, polls, prices of goods, distances, index points, unemployment, money amounts)
and plain prose, combined into paragraphs and articles. Nothing is one paragraph repeated: each
sentence draws its own shape, subject, numbers and dates.

    from newsgen import iter_paragraphs
    for paragraph in iter_paragraphs(seed=1): ...
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Economy:
    """One economy's words and plausible ranges (exchange rate is units per US dollar)."""

    name: str
    adj: str
    bank: str
    currency: str
    plural: str
    code: str
    symbol: str | None
    rate_name: str
    capital: str
    fx: tuple[float, float]
    inflation: tuple[float, float]
    growth: tuple[float, float]
    policy: tuple[float, float]


# name | adjective | central bank | currency | plural | ISO code | symbol | policy-rate name |
# capital | per-dollar range | inflation range | growth range | policy-rate range
_ECONOMY_TABLE = """
Russia|Russian|the Bank of Russia|rouble|roubles|RUB|₽|key rate|Moscow|85 112|4 10|-2 4.5|7.5 21
Turkey|Turkish|the Central Bank of the Republic of Türkiye|lira|lira|TRY|₺|one-week repo rate|
  Ankara|25 36|38 75|2 5.5|30 50
Ukraine|Ukrainian|the National Bank of Ukraine|hryvnia|hryvnias|UAH|₴|key policy rate|Kyiv|
  36 42|5 15|-5 5.5|13 25
Japan|Japanese|the Bank of Japan|yen|yen|JPY|¥|short-term policy rate|Tokyo|140 161|1 4|-1 2|
  0.1 0.5
India|Indian|the Reserve Bank of India|rupee|rupees|INR|₹|repo rate|New Delhi|82 86|3 7|5 8.2|
  6 6.5
Brazil|Brazilian|Brazil's central bank|real|reais|BRL|R$|Selic rate|Brasilia|4.8 6.2|3 6|1 4|10 13
Kazakhstan|Kazakh|the National Bank of Kazakhstan|tenge|tenge|KZT||base rate|Astana|440 525|
  8 12|3 5|14 16.75
Poland|Polish|the National Bank of Poland|zloty|zlotys|PLN||reference rate|Warsaw|3.9 4.4|2 18|
  0 4|5.75 6.75
South Africa|South African|the South African Reserve Bank|rand|rand|ZAR||repo rate|Pretoria|
  17 19.5|3 7|0 2|7.5 8.25
Egypt|Egyptian|the Central Bank of Egypt|pound|pounds|EGP||overnight deposit rate|Cairo|30 51|
  20 38|2 5|19 27.25
China|Chinese|the People's Bank of China|yuan|yuan|CNY||seven-day reverse repo rate|Beijing|
  6.9 7.3|-0.8 2|4 5.5|1.5 2
Mexico|Mexican|Banxico|peso|pesos|MXN||benchmark rate|Mexico City|16.5 20.5|4 8|0 3|10 11.25
Argentina|Argentine|the central bank|peso|pesos|ARS||benchmark rate|Buenos Aires|350 1050|
  100 290|-4 5|32 133
Nigeria|Nigerian|the Central Bank of Nigeria|naira|naira|NGN|₦|monetary policy rate|Abuja|
  460 1700|20 34|2 4|18 27.5
"""


def _range(cell: str) -> tuple[float, float]:
    lo, hi = cell.split()
    return float(lo), float(hi)


def _parse_economies(table: str) -> tuple[Economy, ...]:
    """Parse the table above; a line starting with spaces continues the previous row."""
    rows: list[str] = []
    for line in table.strip("\n").splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += line.strip()
        else:
            rows.append(line)
    out = []
    for row in rows:
        c = row.split("|")
        fx, inflation, growth, policy = (_range(x) for x in c[9:13])
        out.append(
            Economy(
                name=c[0],
                adj=c[1],
                bank=c[2],
                currency=c[3],
                plural=c[4],
                code=c[5],
                symbol=c[6] or None,
                rate_name=c[7],
                capital=c[8],
                fx=fx,
                inflation=inflation,
                growth=growth,
                policy=policy,
            )
        )
    return tuple(out)


ECONOMIES = _parse_economies(_ECONOMY_TABLE)

# name, adjective, central bank, policy-rate words, inflation, growth and policy-rate ranges
# fmt: off
MAJORS = (
    ("the United States", "U.S.", "the Federal Reserve", "federal funds rate", (2, 9), (-1, 4),
     (0.25, 5.5)),
    ("the euro zone", "euro zone", "the European Central Bank", "deposit rate", (1.7, 10),
     (-0.5, 3), (-0.5, 4)),
    ("Britain", "British", "the Bank of England", "Bank Rate", (1.7, 11), (-0.5, 4), (0.1, 5.25)),
    ("Germany", "German", "the Bundesbank", "", (1.5, 8.8), (-1, 3), (0, 0)),
    ("France", "French", "the Bank of France", "", (1, 6.3), (-0.5, 2.5), (0, 0)),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ORDINALS = ("first", "second", "third", "fourth")
FIRMS = ("Severny Capital", "Vistula Securities", "Kanda Partners", "Harbourline Research",
         "Ostrava Macro", "Meridian Advisory", "Caspian Bank", "Table Bay Asset Management")
PEOPLE = ("Pavel Orlov", "Marta Kowalczyk", "Aiko Sato", "Daniel Okafor", "Lucia Ferreira",
          "Emre Aksoy", "Olena Marchenko", "Arman Nurlanov", "Thandi Mokoena", "Ravi Menon")
FORECASTERS = ("The IMF", "The World Bank", "The OECD", "The economy ministry",
               "Economists polled by Reuters", "The finance ministry", "Analysts at the bank")
GOODS = (("a kilogram of butter", 600, 1200), ("a litre of petrol", 50, 70),
         ("a loaf of bread", 40, 90), ("a dozen eggs", 90, 160), ("a cup of coffee", 200, 450))
# fmt: on

Gen = Callable[[random.Random], str]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _num(rng: random.Random, lo: float, hi: float, places: int = 1) -> str:
    value = rng.uniform(lo, hi)
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{places}f}"


def _pct(rng: random.Random, lo: float, hi: float) -> str:
    return f"{_num(rng, lo, hi, rng.choice((1, 1, 2)))}%"


def _when(rng: random.Random) -> str:
    return rng.choice(
        (
            f"on {rng.choice(WEEKDAYS)}",
            "on the day",
            "in early trade",
            f"late on {rng.choice(WEEKDAYS)}",
            f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}",
        )
    )


def _fx_rate(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    x = _num(rng, *e.fx, places=rng.choice((1, 2)))
    shapes: tuple[str, ...] = (
        f"The {e.currency} {rng.choice(('weakened', 'firmed', 'slid', 'traded'))} to {x} per "
        f"dollar {_when(rng)}.",
        f"The dollar {rng.choice(('bought', 'cost', 'fetched'))} {x} {e.plural} in {e.capital} "
        f"{_when(rng)}.",
        f"USD/{e.code} traded at {x} {_when(rng)}, dealers said.",
        f"One dollar was worth {x} {e.plural} at exchange offices in {e.capital}.",
        f"The {e.currency} hit a record low of {x} against the dollar {_when(rng)}.",
        f"The {e.currency} weakened past {x} to the dollar for the first time since "
        f"{rng.choice(MONTHS)} {rng.randint(2015, 2023)}.",
        f"1 USD = {x} {e.code}, according to the official rate set by {e.bank}.",
    )
    if e.symbol:
        shapes += (f"The greenback climbed to {e.symbol}{x} in {e.capital} {_when(rng)}.",)
    return rng.choice(shapes)


def _fx_major(rng: random.Random) -> str:
    return rng.choice(
        (
            f"The euro {rng.choice(('rose', 'fell', 'slipped'))} to ${_num(rng, 1.02, 1.12, 4)} "
            f"{_when(rng)}.",
            f"Sterling traded at ${_num(rng, 1.2, 1.35, 4)}, its highest since "
            f"{rng.choice(MONTHS)}.",
            f"EUR/USD was last at {_num(rng, 1.02, 1.12, 4)}, little changed on the day.",
            f"The dollar rose {_pct(rng, 0.1, 1.2)} to {_num(rng, 140, 160, 2)} yen.",
            f"The euro bought {_num(rng, 95, 115, 2)} roubles on the Moscow Exchange.",
        )
    )


def _inflation(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    m = rng.randrange(12)
    month, prev = MONTHS[m], MONTHS[m - 1]
    return rng.choice(
        (
            f"{e.adj} annual inflation {rng.choice(('slowed', 'accelerated', 'eased', 'rose'))} to "
            f"{_pct(rng, *e.inflation)} in {month} from {_pct(rng, *e.inflation)} in {prev}, the "
            "statistics service said.",
            f"Consumer prices in {e.name} rose {_pct(rng, 0.1, 3)} in {month} alone.",
            f"Core inflation in {e.name} held at {_pct(rng, *e.inflation)} in {month}.",
            f"Inflation in {e.name} averaged {_pct(rng, *e.inflation)} in "
            f"{rng.randint(2019, 2024)}.",
            f"{e.name}'s inflation reached {rng.choice(('nineteen', 'eight', 'twelve'))} "
            f"percent in the year to {month}.",
            f"Month on month, prices in {e.name} rose {_pct(rng, 0.1, 2.5)} in {month}.",
        )
    )


def _growth(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    year = rng.randint(2019, 2025)
    q = rng.choice(ORDINALS)
    return rng.choice(
        (
            f"{e.name}'s economy grew {_pct(rng, 0.1, e.growth[1])} in the {q} quarter from a year "
            "earlier.",
            f"{e.adj} GDP expanded {_pct(rng, 0.1, 1.5)} quarter on quarter in the {q} quarter.",
            f"{e.name}'s economy {rng.choice(('shrank', 'contracted'))} {_pct(rng, 0.1, 5)} in "
            f"{year}, official data showed.",
            f"{rng.choice(FORECASTERS)} expects {e.name}'s economy to grow "
            f"{_pct(rng, *e.growth)} next year.",
            f"{rng.choice(FORECASTERS)} projects growth of {_num(rng, 0.5, 2)}-"
            f"{_num(rng, 2.5, 4)}% in {e.name} in {year}.",
            f"Leaked documents suggest officials in {e.capital} are bracing for a contraction of "
            f"{_pct(rng, 1, 12)} over the next {rng.choice(('six', 'nine', 'twelve'))} months.",
        )
    )


def _policy(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    r = _pct(rng, *e.policy)
    move = rng.choice(("raised", "cut"))
    return rng.choice(
        (
            f"{_cap(e.bank)} {move} its {e.rate_name} by {rng.choice((25, 50, 100, 200))} "
            f"basis points to {r} on {rng.choice(WEEKDAYS)}.",
            f"{_cap(e.bank)} kept its {e.rate_name} at {r} for a "
            f"{rng.choice(('second', 'third', 'fourth'))} meeting in a row.",
            f"{_cap(e.bank)} decided to keep the {e.rate_name} unchanged at {r} per annum.",
            f"Analysts expect {e.bank} to take the {e.rate_name} to {r} by the end of the year.",
        )
    )


def _majors(rng: random.Random) -> str:
    name, adj, bank, rate, infl, growth, policy = rng.choice(MAJORS)
    lo = rng.choice((0.25, 0.5, 1.0)) * rng.randint(1, 20)
    shapes = [
        f"{adj} consumer prices rose {_pct(rng, *infl)} in the 12 months through "
        f"{rng.choice(MONTHS)}.",
        f"The {adj} economy grew at a {_pct(rng, 0.1, growth[1])} annualized rate last quarter.",
        f"Growth in {name} is forecast at {_pct(rng, *growth)} in {rng.randint(2024, 2026)}.",
    ]
    if rate == "federal funds rate":
        shapes.append(
            f"{_cap(bank)} {rng.choice(('lowered', 'raised'))} the {rate} to a "
            f"range of {lo:.2f}%-{lo + 0.25:.2f}% on {rng.choice(WEEKDAYS)}."
        )
    elif rate:
        shapes.append(
            f"{_cap(bank)} {rng.choice(('lowered', 'raised'))} {rate} to "
            f"{_pct(rng, *policy)} on {rng.choice(WEEKDAYS)}."
        )
    return rng.choice(shapes)


def _distractor(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    good, lo, hi = rng.choice(GOODS)
    return rng.choice(
        (
            f"More than {rng.randint(2, 90) * 100:,} people marched through {e.capital} on "
            f"{rng.choice(WEEKDAYS)}, police said.",
            f"Older residents still remember the crisis of the "
            f"{rng.choice(('1970s', '1980s', '1990s'))} and the default of "
            f"{rng.randint(1981, 2002)}.",
            f"A poll found that {rng.randint(20, 75)}% of respondents expect prices to keep "
            "rising.",
            f"{_cap(good)} now costs around {rng.randint(lo, hi)} {e.plural} in {e.capital}.",
            f"The pipeline runs {rng.randint(300, 4000):,} km from the coast to the border.",
            f"The main stock index fell {_pct(rng, 0.2, 3)} to {rng.randint(1500, 9000):,} points.",
            f"The unemployment rate in {e.name} fell to {_pct(rng, 2, 9)} in {rng.choice(MONTHS)}.",
            f"The government approved a ${rng.randint(2, 60)} billion support package on "
            f"{rng.choice(WEEKDAYS)}.",
            f"Brent crude rose {_pct(rng, 0.2, 2)} to ${_num(rng, 65, 95, 2)} a barrel.",
            f"The central bank has responded with interest rate hikes, but households in "
            f"{e.capital} remain anxious.",
            f"The budget deficit is expected to reach {_pct(rng, 1, 6)} of GDP this year.",
            f"About {rng.randint(2, 40) * 1000:,} troops were redeployed in "
            f"{rng.randint(2014, 2024)}.",
        )
    )


def _prose(rng: random.Random) -> str:
    e = rng.choice(ECONOMIES)
    who = rng.choice(
        (
            f"Officials in {e.capital}",
            "Analysts",
            "Traders",
            "Business leaders",
            f"{e.adj} lawmakers",
            "Bankers",
            "Economists",
        )
    )
    verb = rng.choice(("warned", "said", "argued", "noted", "cautioned", "insisted"))
    what = rng.choice(
        (
            "the measures would be temporary",
            "the outlook remained highly uncertain",
            "households were cutting back on spending",
            "imports had become markedly more expensive",
            "the government would not hesitate to act",
            "sanctions were weighing on trade",
            "credit conditions had tightened sharply",
            "exporters were benefiting from the shift",
            "confidence would take time to return",
            "the labour market remained unusually tight",
        )
    )
    return f"{who} {verb} that {what}."


def _quote(rng: random.Random) -> str:
    inner = rng.choice((_fx_rate, _inflation, _growth, _policy))(rng).rstrip(".")
    return f"“{inner},” said {rng.choice(PEOPLE)}, an economist at {rng.choice(FIRMS)}."


# weights: claims about half the sentences, distractors and plain prose the rest
GRAMMAR: tuple[tuple[Gen, int], ...] = (
    (_fx_rate, 5),
    (_fx_major, 2),
    (_inflation, 5),
    (_growth, 4),
    (_policy, 4),
    (_majors, 3),
    (_quote, 2),
    (_distractor, 8),
    (_prose, 9),
)


def make_paragraph(rng: random.Random) -> str:
    """Return one paragraph of 2 to 6 sentences drawn from the grammar."""
    gens, weights = zip(*GRAMMAR, strict=True)
    return " ".join(g(rng) for g in rng.choices(gens, weights, k=rng.randint(2, 6)))


def iter_paragraphs(seed: int = 1) -> Iterator[str]:
    """Yield an endless, seeded stream of paragraphs; every 6th to 12th starts an article."""
    rng = random.Random(seed)
    while True:
        e = rng.choice(ECONOMIES)
        first = make_paragraph(rng)
        yield f"{e.capital.upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} — {first}"
        for _ in range(rng.randint(5, 11)):
            yield make_paragraph(rng)


def make_prose_paragraph(rng: random.Random) -> str:
    """Return one paragraph of 3 to 7 plain sentences with no figures in them."""
    return " ".join(_prose(rng) for _ in range(rng.randint(3, 7)))


def iter_article_paragraphs(seed: int = 1, claim_share: float = 0.06) -> Iterator[str]:
    """Yield paragraphs at about real-article density: ``claim_share`` of them from the grammar.

    The grammar alone is very claim-dense (~8.7 claims/KB); the default share mixes its
    paragraphs into plain prose for roughly 0.5 claims/KB, like a wire report.
    """
    rng = random.Random(seed)
    dense = iter_paragraphs(seed)
    while True:
        yield next(dense) if rng.random() < claim_share else make_prose_paragraph(rng)


def take_bytes(paragraphs: Iterator[str], size: int) -> list[str]:
    """Return the first paragraphs whose UTF-8 size (with blank-line separators) reaches size."""
    out, total = [], 0
    for p in paragraphs:
        out.append(p)
        total += len(p.encode()) + 2
        if total >= size:
            return out
    return out


def write_text(
    path: Path, size: int, seed: int = 1, paragraphs: Iterator[str] | None = None
) -> int:
    """Write about ``size`` bytes of paragraphs separated by blank lines; return bytes written.

    ``paragraphs`` defaults to the claim-dense ``iter_paragraphs(seed)``.
    """
    total = 0
    with path.open("w", encoding="utf-8") as f:
        for p in iter_paragraphs(seed) if paragraphs is None else paragraphs:
            if total >= size:
                break
            f.write(p + "\n\n")
            total += len(p.encode()) + 2
    return total


def iter_file_paragraphs(path: Path) -> Iterator[str]:
    """Yield the blank-line-separated paragraphs of a file, reading it line by line."""
    lines: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line.rstrip("\n"))
            elif lines:
                yield " ".join(lines)
                lines = []
    if lines:
        yield " ".join(lines)
