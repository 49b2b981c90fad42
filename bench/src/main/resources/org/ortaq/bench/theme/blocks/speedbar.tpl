[not-aviable=main]<div class="speedbar">{speedbar}</div>[/not-aviable]
