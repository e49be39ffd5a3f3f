# Run by test/publishers/newspaper/scribus.ts inside Scribus (-py): opens the IDML named by $IDML and writes what
# Scribus imported to $RESULT as JSON. Parameters come through the environment because Scribus treats
# extra command-line arguments as documents to open.
import json
import os

import scribus

result = os.environ['RESULT']
try:
    scribus.openDoc(os.environ['IDML'])
    items = scribus.getAllObjects()
    texts = [i for i in items if scribus.getObjectType(i) == 'TextFrame']
    images = [i for i in items if scribus.getObjectType(i) == 'ImageFrame']
    out = {
        'pages': scribus.pageCount(),
        'items': len(items),
        'text': len(texts),
        'images': len(images),
        'columns': [scribus.getColumns(t) for t in texts],
        'sample': ''.join(scribus.getAllText(t) for t in texts),
    }
except Exception as error:  # reported to the test, which fails with it
    out = {'error': repr(error)}
with open(result, 'w') as f:
    f.write(json.dumps(out, ensure_ascii=False))
# Scribus does not quit by itself after a script in -g mode.
os._exit(0)
