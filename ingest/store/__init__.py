"""The store: the published archive database and the private raw-bytes store."""
