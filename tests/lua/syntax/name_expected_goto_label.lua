-- label name must be a name
:: 1 ::
