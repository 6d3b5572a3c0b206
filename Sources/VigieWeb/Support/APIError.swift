import Foundation
import HTTPTypes
import Hummingbird
import VigieCore

/// An API failure rendered as JSON: `{"error": "validation", "message": "...", "fields": [...]}`.
///
/// Every refusal names what was wrong, so a form can point at the field and a script can branch on `error`.
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// A stable machine-readable code: `validation`, `badRequest`, `notFound`, `duplicate`, `conflict`,
    /// `unauthenticated`, `forbidden`, `csrf`, `locked`, `methodNotAllowed`.
    public var code: String
    public var message: String
    /// The message as a key and parameters a console renders in its language (``Reason``); `nil` where none exists.
    public var reason: Reason?
    public var fields: [FieldError]
    /// Headers the status calls for besides the body's (`Allow` on a 405).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, fields: [FieldError] = [], headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
        self.headers = headers
    }

    /// An error whose message a console renders in its language; the English sentence is the message.
    public init(_ status: HTTPResponse.Status, code: String, _ reason: Reason, fields: [FieldError] = [], headers: HTTPFields = [:]) {
        self.init(status, code: code, message: reason.english, fields: fields, headers: headers)
        self.reason = reason
    }

    struct Body: Encodable {
        var error: String
        var message: String
        var key: String?
        var parameters: [String: String]?
        var fields: [FieldError]?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let parameters = reason.flatMap { $0.parameters.isEmpty ? nil : $0.parameters }
        let body = Body(error: code, message: message, key: reason?.key, parameters: parameters, fields: fields.isEmpty ? nil : fields)
        let data = try VigieJSON.encoder().encode(body)
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Session realm=\"vigie\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    public static func badRequest(_ message: String, field: String? = nil) -> APIError {
        APIError(.badRequest, code: "badRequest", message: message, fields: field.map { [FieldError(field: $0, reason: message)] } ?? [])
    }

    public static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "notFound", Reason("notFound", english: "\(what) not found"))
    }

    /// A path the API serves, asked with a method it does not: 405 with the methods it does (RFC 9110 §15.5.6).
    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [String]) -> APIError {
        APIError(
            .methodNotAllowed, code: "methodNotAllowed", message: "\(method) is not served here; use \(allowed.joined(separator: ", "))",
            headers: [.allow: allowed.joined(separator: ", ")])
    }

    public static let unauthenticated = APIError(.unauthorized, code: "unauthenticated", Reason("signInFirst", english: "sign in first"))

    /// `needs.admin`, `needs.supervisor`, `needs.operator`: each role its own sentence, since a role's name is not
    /// a word to put in one.
    public static func forbidden(_ required: Role) -> APIError {
        APIError(.forbidden, code: "forbidden", Reason("needs.\(required.rawValue)", english: "this needs the \(required.rawValue) role"))
    }
}

extension APIError {
    /// Maps domain and decoding errors to their HTTP answer; anything else stays a 500.
    static func from(_ error: any Error) -> APIError? {
        switch error {
        case let error as APIError:
            return error
        case let error as ValidationError:
            let summary = error.fields.map { "\($0.field) \($0.reason)" }.joined(separator: "; ")
            return APIError(.unprocessableContent, code: "validation", message: summary, fields: error.fields)
        case let error as StoreError:
            return from(error)
        case let error as AlarmTransitionError:
            return APIError(.conflict, code: "conflict", error.reason)
        case let error as StepError:
            switch error {
            case .noSuchStep: return APIError(.notFound, code: "notFound", Reason("noSuchStep", english: error.description))
            case .alreadyRecorded: return APIError(.conflict, code: "conflict", Reason("stepAlreadyRecorded", english: error.description))
            case .reasonRequired:
                return APIError(
                    .unprocessableContent, code: "validation", Reason("skippedReasonRequired", english: error.description),
                    fields: [FieldError(field: "skippedReason", .skippedReasonRequired)])
            }
        case let error as DecodingError:
            let (field, reason) = error.fieldAndReason
            let fieldError = reason == Reason.required.english ? FieldError(field: field, .required) : FieldError(field: field, reason: reason)
            return APIError(.badRequest, code: "badRequest", message: "\(field) \(reason)", fields: [fieldError])
        default:
            return nil
        }
    }

    private static func from(_ error: StoreError) -> APIError {
        switch error {
        case .notFound(let kind, let id):
            return APIError(.notFound, code: "notFound", Reason("notFound", english: "\(kind) \(id) not found"))
        case .duplicate(let kind, let field, let value):
            return APIError(
                .conflict, code: "duplicate", Reason("duplicate", ["value": value], english: "another \(kind) already has this \(field) (\(value))"),
                fields: [FieldError(field: field, Reason("alreadyUsed", english: "is already used by another \(kind)"))])
        case .missingReference(let field, let kind, let id):
            return APIError(
                .unprocessableContent, code: "validation", Reason("noSuchItem", english: "\(field) names no existing \(kind) (\(id))"),
                fields: [FieldError(field: field, Reason("noSuchItem", english: "names no existing \(kind)"))])
        case .hasDependents(let kind, let count):
            return APIError(
                .conflict, code: "conflict",
                Reason(
                    "hasDependents", ["count": "\(count)"], english: "this \(kind) still has \(count) dependent item(s); delete or move them first"))
        case .versionConflict(let expected, let actual):
            return APIError(
                .conflict, code: "conflict",
                Reason("changedMeanwhile", english: "changed by someone else since version \(expected) (now \(actual)); reload and retry"),
                fields: [FieldError(field: "version", Reason("changedMeanwhile", english: "is \(actual), not \(expected)"))])
        }
    }
}

extension DecodingError {
    /// The JSON path of the offending field and what was wrong with it, in words.
    var fieldAndReason: (String, String) {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (last.map { [$0] } ?? [])
            let rendered = keys.reduce("") { partial, key in
                if let index = key.intValue { return partial + "[\(index)]" }
                return partial.isEmpty ? key.stringValue : partial + "." + key.stringValue
            }
            return rendered.isEmpty ? "body" : rendered
        }
        switch self {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath, key), "is required")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "must not be null (expected \(type))")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "has the wrong type (expected \(Self.describe(type)))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return ("body", "is not valid JSON") }
            return (path(context.codingPath), "is invalid: \(context.debugDescription)")
        @unknown default:
            return ("body", "could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
