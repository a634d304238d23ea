-- goto to a label that does not exist
goto nowhere
