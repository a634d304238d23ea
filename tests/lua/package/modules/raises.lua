-- A module that raises an error while loading.
error("failed while loading")
