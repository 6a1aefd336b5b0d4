"""GL plumbing and the compositor: contexts, shader library, visuals registry, rendering."""
