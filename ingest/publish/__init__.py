"""Publishing the archive with Datasette.

- ``commands``: the ``newsletter-archive serve`` command (a plugin module).
- ``server``: how the Datasette instance is configured (read-only, immutable).
- ``prepare``: the publish step (stemmed search index, map view, indexes).
- ``datasette_plugin``: the Datasette plugin (405 guard, stem_nl(), pages).
- ``pages``: the issue and entity pages; ``stemming``: Dutch search helpers.
- ``metadata.yml``: titles, descriptions, facets, canned queries, feeds.
"""
