-- goto whose target is at EOF: 'goto' alone is a bare name
goto