#!/usr/bin/env python3
"""Is lived-experience say in key decisions associated with credit parity at the close?

Reads the two tables `coprod stats` writes and answers the question with counts, exact 95%
intervals and Fisher's exact test, using Python's standard library alone (csv, math):

    java -jar coprod-cli/target/coprod.jar stats projects/ --output stats.csv \\
        --rules-output rules.csv
    python3 coprod-examples/research/say_and_credit.py stats.csv rules.csv

The question, made exact (change these definitions to suit your study):

- a project counts once it has closed (`closed` is TRUE): credit parity "at the close";
- *say*: people with lived experience had a say in at least half of the counted key decisions
  (`keyDecisionSayLivedExperience` >= 0.5, the line the `decision-share` rule draws);
- *credit parity held*: the `credit-parity` rule passed (`status` PASSED in the rules table);
  *flagged*: it found that one side's credit rate is under four-fifths of the other's (FINDINGS).

Projects are left out, and counted, where one of these cannot be known: no counted key decision,
`credit-parity` did not apply (too few people made a substantial contribution on a side, or no
output has credit), or the figure was withheld because a side has fewer people than `--min-cell`.
Nothing here reads a person's data: the tables hold aggregates only.
"""

import csv
import math
import sys

CONFIDENCE = 0.95
SAY_LINE = 0.5
SMALL_SIDE = {"livedExperienceUnderMinCell", "professionalUnderMinCell"}


def clopper_pearson(successes, trials, confidence=CONFIDENCE):
    """The exact (Clopper-Pearson) interval of successes/trials, as R's binom.test gives it."""
    if trials <= 0:
        return None
    alpha = (1 - confidence) / 2
    k, n = successes, trials
    if k == 0:
        return 0.0, 1 - alpha ** (1 / n)
    if k == n:
        return alpha ** (1 / n), 1.0
    # the p at which P(X >= k) = alpha, and the p at which P(X <= k) = alpha
    lower = _solve(lambda p: _upper_tail(k, n, p), alpha, increasing=True)
    upper = _solve(lambda p: 1 - _upper_tail(k + 1, n, p), alpha, increasing=False)
    return lower, upper


def _upper_tail(k, n, p):
    """P(X >= k) for X ~ Binomial(n, p), summed in logarithms."""
    if p <= 0:
        return 0.0 if k > 0 else 1.0
    if p >= 1:
        return 1.0
    logs = [
        math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1)
        + j * math.log(p) + (n - j) * math.log1p(-p)
        for j in range(k, n + 1)
    ]
    top = max(logs)
    return min(1.0, math.exp(top) * sum(math.exp(v - top) for v in logs))


def _solve(f, target, increasing):
    """The p in (0, 1) where the monotone f(p) = target, by bisection to the last bit."""
    lo, hi = 0.0, 1.0
    for _ in range(2000):
        mid = (lo + hi) / 2
        if mid <= lo or mid >= hi:
            break
        below = f(mid) < target
        if below == increasing:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def fisher_exact(a, b, c, d):
    """Fisher's exact test of the table [[a, b], [c, d]], two-sided, R's convention: the
    probabilities of all tables with these margins no more probable than the observed one (with
    R's relative tolerance of 1e-7), in exact integer arithmetic."""
    m, n, k = a + b, c + d, a + c
    if m == 0 or n == 0:
        return None
    weights = {x: math.comb(m, x) * math.comb(n, k - x) for x in range(max(0, k - n), min(k, m) + 1)}
    observed = weights[a]
    total = sum(weights.values())
    # w <= observed * (1 + 1e-7), kept in integers
    tail = sum(w for w in weights.values() if w * 10**7 <= observed * (10**7 + 1))
    return min(1.0, tail / total)


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def key(row):
    return (row["project"], row["path"], row["inputSha256"])


def analyse(stats, rules):
    """The 2x2 table of say against credit parity, and what was left out and why."""
    parity = {key(r): r for r in rules if r["rule"] == "credit-parity"}
    table = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    left_out = {"running": 0, "noCountedKeyDecisions": 0, "creditParityNotApplicable": 0,
                "withheld": 0}
    for row in stats:
        if row["closed"] != "TRUE":
            left_out["running"] += 1
            continue
        rule = parity.get(key(row))
        say = row["keyDecisionSayLivedExperience"]
        status = rule["status"] if rule else ""
        # a side under --min-cell: its say and every rule's outcome are withheld
        if set(row["suppressed"].split(";")) & SMALL_SIDE:
            left_out["withheld"] += 1
        elif say == "":
            left_out["noCountedKeyDecisions"] += 1
        elif status not in ("PASSED", "FINDINGS"):
            left_out["creditParityNotApplicable"] += 1
        else:
            table[(float(say) >= SAY_LINE, status == "PASSED")] += 1
    return table, left_out


def report(stats, rules, out=sys.stdout):
    table, left_out = analyse(stats, rules)
    closed = sum(1 for r in stats if r["closed"] == "TRUE")
    used = sum(table.values())
    w = out.write
    w("Is lived-experience say in key decisions associated with credit parity at the close?\n\n")
    w(f"projects: {len(stats)}; closed: {closed}; used: {used}\n")
    w(f"left out: {left_out['running']} still running, "
      f"{left_out['noCountedKeyDecisions']} with no counted key decision, "
      f"{left_out['creditParityNotApplicable']} where credit-parity did not apply, "
      f"{left_out['withheld']} withheld as a side had fewer people than --min-cell\n\n")
    w(f"say: people with lived experience had a say in at least {SAY_LINE:.0%} of the counted "
      "key decisions\nparity: the credit-parity rule passed (no side credited at under "
      "four-fifths of the other's rate)\n\n")
    w(f"{'':22}{'parity':>8}{'flagged':>9}{'total':>7}   share with parity, 95% interval\n")
    shares = {}
    for say, label in ((True, "say in half or more"), (False, "say in under half")):
        held, flagged = table[(say, True)], table[(say, False)]
        total = held + flagged
        ci = clopper_pearson(held, total)
        share = held / total if total else None
        shares[say] = share
        text = ("no projects" if ci is None else
                f"{share:.6f} ({ci[0]:.6f} to {ci[1]:.6f})")
        w(f"{label:22}{held:>8}{flagged:>9}{total:>7}   {text}\n")
    w("\n")
    if shares[True] is not None and shares[False] is not None:
        w(f"difference in the share with parity: {shares[True] - shares[False]:.6f}\n")
    p = fisher_exact(table[(True, True)], table[(True, False)],
                     table[(False, True)], table[(False, False)])
    w("Fisher's exact test, two-sided: " + ("no test (a group is empty)" if p is None
                                            else f"p = {p:.6f}") + "\n")
    if used < 20:
        w("\nFewer than 20 projects: read the intervals, not the p value.\n")
    return table, left_out, p


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 say_and_credit.py stats.csv rules.csv\n")
        return 2
    stats, rules = read(argv[1]), read(argv[2])
    missing = [c for c in ("project", "path", "inputSha256", "closed", "suppressed",
                           "keyDecisionSayLivedExperience") if stats and c not in stats[0]]
    if missing:
        sys.stderr.write(f"{argv[1]}: not a table of coprod stats (no column {missing[0]})\n")
        return 2
    report(stats, rules)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
