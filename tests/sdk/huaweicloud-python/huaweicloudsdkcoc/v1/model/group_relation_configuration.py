# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class GroupRelationConfiguration:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'type': 'str',
        'parameters': 'dict(str, str)'
    }

    attribute_map = {
        'type': 'type',
        'parameters': 'parameters'
    }

    def __init__(self, type=None, parameters=None):
        r"""GroupRelationConfiguration

        The model defined in huaweicloud sdk

        :param type: 配置类型。
        :type type: str
        :param parameters: 配置参数。
        :type parameters: dict(str, str)
        """
        
        

        self._type = None
        self._parameters = None
        self.discriminator = None

        if type is not None:
            self.type = type
        if parameters is not None:
            self.parameters = parameters

    @property
    def type(self):
        r"""Gets the type of this GroupRelationConfiguration.

        配置类型。

        :return: The type of this GroupRelationConfiguration.
        :rtype: str
        """
        return self._type

    @type.setter
    def type(self, type):
        r"""Sets the type of this GroupRelationConfiguration.

        配置类型。

        :param type: The type of this GroupRelationConfiguration.
        :type type: str
        """
        self._type = type

    @property
    def parameters(self):
        r"""Gets the parameters of this GroupRelationConfiguration.

        配置参数。

        :return: The parameters of this GroupRelationConfiguration.
        :rtype: dict(str, str)
        """
        return self._parameters

    @parameters.setter
    def parameters(self, parameters):
        r"""Sets the parameters of this GroupRelationConfiguration.

        配置参数。

        :param parameters: The parameters of this GroupRelationConfiguration.
        :type parameters: dict(str, str)
        """
        self._parameters = parameters

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
        if not isinstance(other, GroupRelationConfiguration):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
