"""A desk verify worker: `python -m satchel.client.desk.verify_worker` (see verify.py).

Reads one pickle from stdin, (desk keys, jobs), written by verify.py in the parent (the
only writer of that pipe), and writes the pickled list of results to stdout.
"""

import pickle
import sys

from satchel.client.desk.verify import verify_slice


def main() -> None:
    keys, jobs = pickle.load(sys.stdin.buffer)  # noqa: S301 - from our own parent process
    pickle.dump(verify_slice(keys, jobs), sys.stdout.buffer)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
