namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Spec sections 2.9 to 2.12: input values, variables, type references and directives.</summary>
public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue |
    /// NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(_lexer.TextOf(token), LocationFrom(token));
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(_lexer.TextOf(token), LocationFrom(token));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return _lexer.TextOf(token) switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(token)),
                    "false" => new BooleanValueNode(false, LocationFrom(token)),
                    "null" => new NullValueNode(LocationFrom(token)),
                    var name => new EnumValueNode(name, LocationFrom(token)),
                };
            case TokenKind.Dollar when isConst:
                ExpectToken(TokenKind.Dollar);
                throw _lexer.Token.Kind == TokenKind.Name
                    ? Error(token, $"Unexpected variable \"${_lexer.TextOf(_lexer.Token)}\" in constant value.")
                    : Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue :: " StringCharacter* " | """ BlockStringCharacter* """</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, LocationFrom(token));
    }

    /// <summary>ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketL, static (ref Parser p) => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static (ref Parser p) => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        ExitNesting();
        return new ListValueNode(values, LocationFrom(start));
    }

    /// <summary>ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceL, static (ref Parser p) => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static (ref Parser p) => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        ExitNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    /// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, LocationFrom(start));
    }

    /// <summary>Directives[Const] :: Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    /// <summary>Directive[Const] :: @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, LocationFrom(start));
    }

    /// <summary>Type :: NamedType | ListType | NonNullType</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(innerType, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    /// <summary>NamedType :: Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName(), LocationFrom(start));
    }
}
