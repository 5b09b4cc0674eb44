filedesc://article.arc 0.0.0.0 20240305093000 text/plain 71
1 0 Lede tests
URL IP-address Archive-date Content-type Archive-length

https://harbourgazette.example/news/ferry-strike 192.0.2.1 20240305093000 text/html 683
HTTP/1.1 200 OK
Content-Type: text/html
Content-Length: 618

<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferry strike | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Mara Lindqvist"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour ferry crews walk out over night-shift rota</h1>
<p>Crews on the Northpoint ferry stopped work at dawn on Tuesday, leaving about 2,000 commuters to find
other ways across the estuary.</p>
<p>The union says a new night-shift rota was imposed without consultation; the operator,
Estuary Lines, says talks will resume on Thursday.</p></article></body></html>

