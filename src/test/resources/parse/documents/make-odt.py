#!/usr/bin/env python3
"""Writes contract/article.odt: an OpenDocument text with the contract article. Run from this folder."""
import zipfile

P1 = ("Crews on the Northpoint ferry stopped work at dawn on Tuesday, leaving about 2,000 commuters to find other"
      " ways across the estuary.")
P2 = ("The union says a new night-shift rota was imposed without consultation; the operator, Estuary Lines, says"
      " talks will resume on Thursday.")
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.2"><office:body><office:text>
<text:p>{P1}</text:p>
<text:p>{P2}</text:p>
</office:text></office:body></office:document-content>"""
META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.2"><office:meta>
<dc:title>Harbour ferry crews walk out over night-shift rota</dc:title>
<meta:initial-creator>Mara Lindqvist</meta:initial-creator>
<meta:creation-date>2024-03-05T09:30:00Z</meta:creation-date>
<meta:user-defined meta:name="Source">Harbour Gazette</meta:user-defined>
<meta:user-defined meta:name="URL">https://harbourgazette.example/news/ferry-strike</meta:user-defined>
</office:meta></office:document-meta>"""
MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest {NS} manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

with zipfile.ZipFile("../contract/article.odt", "w") as odt:
    fixed = (2024, 3, 5, 9, 30, 0)
    odt.writestr(zipfile.ZipInfo("mimetype", fixed), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    for name, text in [("content.xml", CONTENT), ("meta.xml", META), ("META-INF/manifest.xml", MANIFEST)]:
        odt.writestr(zipfile.ZipInfo(name, fixed), text, zipfile.ZIP_DEFLATED)
