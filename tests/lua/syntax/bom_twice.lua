﻿-- only one BOM is skipped; the second is a name
x = 1
