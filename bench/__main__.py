"""Runs every benchmark and prints its figures.

make bench                      # all
make bench BENCH_ARGS="pages"   # one group
"""

import argparse

from bench import counting, courses, faults, lighthouse, newsletter, pages, reports, search, surveys

GROUPS = {
    "pages": pages.run,
    "counting": counting.run,
    "newsletter": newsletter.run,
    "lighthouse": lighthouse.run,
    "search": search.run,
    "courses": courses.run,
    "reports": reports.run,
    "surveys": surveys.run,
    # Not in a plain `make bench`: it hangs and kills servers of its own on purpose.
    "faults": faults.run,
}


def main():
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("groups", nargs="*", help=f"some of: {', '.join(GROUPS)}")
    args = parser.parse_args()
    unknown = set(args.groups) - set(GROUPS)
    if unknown:
        parser.error(f"ukendt: {', '.join(sorted(unknown))}")
    for name in args.groups or [name for name in GROUPS if name != "faults"]:
        print(f"\n== {name} ==", flush=True)
        GROUPS[name]()


if __name__ == "__main__":
    main()
