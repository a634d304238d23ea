-- label at EOF without '::'
::lbl