#!/usr/bin/env bash
# Install the Debian packages Rogatory needs when they are missing (fonts for Chinese, Arabic and
# Devanagari, Pango for WeasyPrint, poppler for PDF text, gettext for catalogues, Chromium for
# browser journeys, Tesseract and language packs for the intake's OCR). Runs apt-get only when something is missing, and only as root.
set -euo pipefail
needed=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-droid-fallback fonts-noto-cjk fonts-dejavu-core
        poppler-utils gettext chromium chromium-driver
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-deu
        tesseract-ocr-ita tesseract-ocr-rus tesseract-ocr-ara tesseract-ocr-chi-sim tesseract-ocr-hin tesseract-ocr-mar
        # A pack per Latin and Cyrillic language the extractor reads, Georgian, Armenian and Japanese; Korean,
        # Hebrew, Greek and Thai installed but not yet chosen (about 50 MB download, 120 MB on disk; decision 0011)
        tesseract-ocr-nld tesseract-ocr-cat tesseract-ocr-eus tesseract-ocr-afr tesseract-ocr-sqi tesseract-ocr-ron
        tesseract-ocr-pol tesseract-ocr-ces tesseract-ocr-slk tesseract-ocr-slv tesseract-ocr-hrv tesseract-ocr-hun
        tesseract-ocr-swe tesseract-ocr-dan tesseract-ocr-nor tesseract-ocr-isl tesseract-ocr-fin tesseract-ocr-est
        tesseract-ocr-lav tesseract-ocr-lit tesseract-ocr-tur tesseract-ocr-aze tesseract-ocr-ind tesseract-ocr-msa
        tesseract-ocr-fil tesseract-ocr-vie tesseract-ocr-jpn tesseract-ocr-ukr tesseract-ocr-srp tesseract-ocr-bul
        tesseract-ocr-kor tesseract-ocr-heb tesseract-ocr-ell tesseract-ocr-tha
        tesseract-ocr-mkd tesseract-ocr-bel tesseract-ocr-kaz tesseract-ocr-kat tesseract-ocr-hye
        tesseract-ocr-mlt tesseract-ocr-gle tesseract-ocr-glg
        tesseract-ocr-cym tesseract-ocr-ltz tesseract-ocr-bos tesseract-ocr-uzb tesseract-ocr-mon tesseract-ocr-sin)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fc-cache -f >/dev/null 2>&1 || true
