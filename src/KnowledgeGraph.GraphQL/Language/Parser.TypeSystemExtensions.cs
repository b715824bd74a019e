namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Spec section 3: schema and type extensions.</summary>
public ref partial struct Parser
{
    /// <summary>TypeSystemExtension :: SchemaExtension | TypeExtension</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keywordToken))
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    /// <summary>SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static (ref Parser p) => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    /// <summary>ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    /// <summary>
    /// ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition |
    /// extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>
    /// InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition |
    /// extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    /// <summary>EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    /// <summary>InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }
}
