"""Work in progress."""

from spacy.language import Language


@Language.factory("reformnlp_page")
def make_page(nlp, name):
    return lambda doc: doc
