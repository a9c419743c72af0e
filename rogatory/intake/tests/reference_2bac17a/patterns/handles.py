"""Words that name a user's handle, beside the ones the username pass already knows (data)."""

# Cue words after which a handle is written, quoted or bare: "going by the screen name x",
# "lo pseudonimo x", "l'utente «x»", "o perfil “x”", "conocido como “x”", "网名 x", "हैंडल x",
# "المعرّف x", "باسم مستعار “x”". Regular-expression fragments, matched case-insensitively.
# Source: the field labels of the platforms' own interfaces in each language (profile, screen
# name, user) and of the Council of Europe T-CY subscriber-information request templates.
USERNAME_CUES: tuple[str, ...] = (
    r"screen[ ]names?", r"known as", r"going by", r"connu sous le nom de", r"pseudonimo",
    r"pseudonimi", r"soprannome", r"nome utente", r"utente", r"perfil", r"alcunha",
    r"conocido como", r"conhecido como", r"bekannt als", r"المعرّف", r"المعرف",
    r"باسم مستعار", r"网名", r"用户", r"हैंडल", r"हँडल", r"यूज़रनेम", r"यूजरनेम", r"वापरकर्ता",
)  # fmt: skip
