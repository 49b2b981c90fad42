<li><a href="{link}">{title limit="120"}</a> <time datetime="{date=c}">{date=j F Y}</time></li>
