"""A progress bar for long imports, on a terminal only.

A multi-gigabyte mbox holds an unknown number of messages until it has been
read, so the bar counts documents and outcomes instead of a percentage. When
stderr is not a terminal (a pipe, a log file, CI) nothing is drawn.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(on_outcome: Callable | None = None, enabled: bool | None = None) -> Iterator[Callable]:
    """Yield an ``on_outcome`` callback that also advances the bar."""
    enabled = sys.stderr.isatty() if enabled is None else enabled
    if not enabled:
        yield on_outcome or (lambda outcome: None)
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    counts: Counter = Counter()
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("[green]{task.fields[new]} new[/] · {task.fields[merged]} merged · "
                   "{task.fields[duplicate]} duplicates · [red]{task.fields[error]} refused[/]"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("ingest", total=None, new=0, merged=0, duplicate=0, error=0)

        def advance(outcome) -> None:
            counts[outcome.status] += 1
            progress.update(task, advance=1, **{k: counts[k] for k in ("new", "merged", "duplicate", "error")})
            if on_outcome:
                on_outcome(outcome)  # lines printed to stderr appear above the bar

        yield advance
