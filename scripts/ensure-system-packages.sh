#!/usr/bin/env bash
# Install the Debian packages Rogatory needs when they are missing (fonts for Chinese, Arabic and
# Devanagari, Pango for WeasyPrint, poppler for PDF text, gettext for catalogues, Chromium for
# browser journeys, Tesseract and language packs for the intake's OCR). Runs apt-get only when something is missing, and only as root.
set -euo pipefail
needed=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-droid-fallback fonts-noto-cjk fonts-dejavu-core
        poppler-utils gettext chromium chromium-driver
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-deu
        tesseract-ocr-ita tesseract-ocr-rus tesseract-ocr-ara tesseract-ocr-chi-sim tesseract-ocr-hin tesseract-ocr-mar)
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
