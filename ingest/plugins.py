"""The plugin manager: built-in modules register exactly as outside plugins do."""

import importlib

import pluggy

from . import hookspecs

# Built-in plugins, loaded in this order. Each registers itself through hooks.
DEFAULT_PLUGINS = (
    "ingest.sources.files",
    "ingest.sources.warc", "ingest.crawl", "ingest.renditions",
    "ingest.sources.mbox", "ingest.sources.maildir", "ingest.sources.msg", "ingest.imap",
    "ingest.parse.default_parsers",
    "ingest.store.default_schema",
    "ingest.entities.plugin",
    "ingest.publish.commands",
)

pm = pluggy.PluginManager("newsletter_archive")
pm.add_hookspecs(hookspecs)


def _load_defaults() -> None:
    for name in DEFAULT_PLUGINS:
        module = importlib.import_module(name)
        if not pm.is_registered(module):
            pm.register(module, name)


_load_defaults()
pm.load_setuptools_entrypoints("newsletter_archive")
