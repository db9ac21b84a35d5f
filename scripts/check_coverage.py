"""Knowledge coverage self-test: the share of sampled officeholders whose
names, in the sentence forms of a wire story, get the right country and
sector (``whosaid.eval.coverage``).

    PYTHONPATH=src python scripts/check_coverage.py [-n 300] [--seed 13] [-v]

Prints the share right, by form and by role, and the misses grouped by
cause; ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from whosaid.eval.coverage import cause, check, sample_cases, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="cases (default 300)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    cases = sample_cases(args.n, seed=args.seed)
    results = check(cases)
    share, causes, forms = summary(results)
    right = sum(r.right for r in results)
    print(f"coverage: {right}/{len(results)} right ({share:.1%}), seed {args.seed}")
    for form in sorted({r.case.form for r in results}):
        print(f"  form {form}: {forms[form + ' right']}/{forms[form + ' total']}")
    roles: Counter[str] = Counter()
    for r in results:
        roles[r.case.role + " total"] += 1
        roles[r.case.role + " right"] += r.right
    for role in sorted({r.case.role for r in results}):
        print(f"  role {role}: {roles[role + ' right']}/{roles[role + ' total']}")
    for name, count in causes.most_common():
        print(f"  miss {name}: {count}")
    if args.verbose:
        for r in results:
            if not r.right:
                c = r.case
                print(
                    f"    [{cause(r)}] {c.date} {c.form} {c.name!r} {c.pid} "
                    f"{c.country} {c.sector} ({c.role}) -> {r.country} {r.sector} "
                    f"{r.kb_id}: {c.text[c.start - 30 if c.start > 30 else 0 :]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
