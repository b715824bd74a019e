namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Spec section 3: the type system definition language.</summary>
public ref partial struct Parser
{
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description :: StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static (ref Parser p) => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    /// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, LocationFrom(start));
    }

    /// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>ImplementsInterfaces :: ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements")
            ? DelimitedMany(TokenKind.Amp, static (ref Parser p) => p.ParseNamedType())
            : [];

    /// <summary>FieldsDefinition :: { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static (ref Parser p) => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start));
    }

    /// <summary>ArgumentsDefinition :: ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static (ref Parser p) => p.ParseInputValueDefinition(), TokenKind.ParenR);

    /// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    /// <summary>UnionMemberTypes :: UnionMemberTypes | NamedType | = |? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals)
            ? DelimitedMany(TokenKind.Pipe, static (ref Parser p) => p.ParseNamedType())
            : [];

    /// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    /// <summary>EnumValuesDefinition :: { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static (ref Parser p) => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>EnumValue :: Name but not true, false or null</summary>
    private NameNode ParseEnumValueName()
    {
        if (PeekKeyword("true") || PeekKeyword("false") || PeekKeyword("null"))
        {
            throw Error(_lexer.Token, $"{Describe(_lexer.Token)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    /// <summary>InputFieldsDefinition :: { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static (ref Parser p) => p.ParseInputValueDefinition(), TokenKind.BraceR);

    /// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static (ref Parser p) => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, LocationFrom(start));
    }

    /// <summary>DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return DirectiveLocations.TryParse(name.Value, out _) ? name : throw Unexpected(start);
    }
}
