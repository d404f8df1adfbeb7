/**
 * The example token on Twilio's Access Token page (https://www.twilio.com/docs/iam/access-tokens),
 * decoded there as shown below (research notes E.9). Made in 2015, by a helper library version no
 * longer current; its layout is none of today's libraries'.
 */
export const TWILIO_DOCS_EXAMPLE = {
  header: '{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}',
  payload:
    '{"jti":"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-1450471147","iss":"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","sub":"ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","nbf":1450471147,"exp":1450474747,"grants":{"identity":"user@example.com","ip_messaging":{"service_sid":"ISxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","endpoint_id":"HipFlowSlackDockRC:user@example.com:someiosdevice"}}}',
} as const;
