sc queryex TermService
