"""Two workers on one local backend, as ``whosaid extract --workers 2 -f jsonl``.

    PYTHONPATH=src python scripts/scale_backends.py IN.jsonl OUT.jsonl dask
    PYTHONPATH=src python scripts/scale_backends.py IN.jsonl OUT.jsonl processes

(each under ``/usr/bin/time``)
compares the Dask ``LocalCluster`` backend with the local process pool on the
same runner and the same records.
"""

import sys

from whosaid.ingest import iter_inputs
from whosaid.scale import ScaleSettings, analyze_rendered

if __name__ == "__main__":
    source, target, backend = sys.argv[1:4]
    settings = ScaleSettings(workers=2, local_backend=backend)
    with open(target, "w", encoding="utf-8") as out:
        rendered = analyze_rendered(
            iter_inputs([source]), settings, fmt="jsonl", width=80
        )
        for article in rendered:
            out.write(article.text)
