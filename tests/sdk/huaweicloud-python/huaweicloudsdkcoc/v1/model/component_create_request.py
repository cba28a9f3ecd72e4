# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class ComponentCreateRequest:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'name': 'str',
        'application_id': 'str'
    }

    attribute_map = {
        'name': 'name',
        'application_id': 'application_id'
    }

    def __init__(self, name=None, application_id=None):
        r"""ComponentCreateRequest

        The model defined in huaweicloud sdk

        :param name: 名称。
        :type name: str
        :param application_id: 应用id。
        :type application_id: str
        """
        
        

        self._name = None
        self._application_id = None
        self.discriminator = None

        self.name = name
        self.application_id = application_id

    @property
    def name(self):
        r"""Gets the name of this ComponentCreateRequest.

        名称。

        :return: The name of this ComponentCreateRequest.
        :rtype: str
        """
        return self._name

    @name.setter
    def name(self, name):
        r"""Sets the name of this ComponentCreateRequest.

        名称。

        :param name: The name of this ComponentCreateRequest.
        :type name: str
        """
        self._name = name

    @property
    def application_id(self):
        r"""Gets the application_id of this ComponentCreateRequest.

        应用id。

        :return: The application_id of this ComponentCreateRequest.
        :rtype: str
        """
        return self._application_id

    @application_id.setter
    def application_id(self, application_id):
        r"""Sets the application_id of this ComponentCreateRequest.

        应用id。

        :param application_id: The application_id of this ComponentCreateRequest.
        :type application_id: str
        """
        self._application_id = application_id

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, ComponentCreateRequest):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
