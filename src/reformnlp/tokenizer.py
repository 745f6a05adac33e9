"""Work in progress."""

import spacy


@spacy.registry.tokenizers("reformnlp.tokenizer.v1")
def create_tokenizer():
    from spacy.lang.en import English

    def make(nlp):
        return English.Defaults.create_tokenizer(nlp)

    return make
