-- A module that returns nothing: require gives true.
side_effect = "ran"
