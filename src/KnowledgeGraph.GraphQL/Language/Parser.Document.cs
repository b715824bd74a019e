namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Spec section 2.2: documents, and names (section 2.1.9).</summary>
public ref partial struct Parser
{
    /// <summary>Document :: Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, static (ref Parser p) => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode(definitions, LocationFrom(start));
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension.
    /// Type system definitions may start with a description, so the keyword may be one token ahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keywordToken))
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (_lexer.TextOf(keywordToken))
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    /// <summary>Name :: NameStart NameContinue*</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(_lexer.TextOf(token), LocationFrom(token));
    }
}
